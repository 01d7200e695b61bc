// The pre-submission form: classification runs in the worker while the customer types, so the
// main thread never blocks; the result routes the ticket, suggests help for the intent and is
// attached to the submitted payload.
//
// The snippet for another page is the same three steps:
//   const c = await createWorkerClassifier({ modelUrl: "/model.json" });
//   textarea.addEventListener("input", async () => { const r = await c.classifyLatest(textarea.value); if (r) show(r); });
//   form.addEventListener("submit", async () => { payload.classification = await c.classify(textarea.value); });
import { createWorkerClassifier, type ClassificationResult, type HeadResult } from "../lib/worker/client.js";

const HELP: Record<string, string> = {
  refund: "Refunds usually reach your card 5–7 days after approval. You can see the status under Orders → Returns.",
  billing_issue: "Charged twice or unexpectedly? Your billing history is under Account → Billing; duplicate charges are usually reversed automatically within 3 days.",
  cancellation: "You can cancel any time under Account → Subscription. Orders that haven't shipped can be cancelled from the order page.",
  delivery_issue: "Sorry about your delivery. If it's marked delivered but missing, check with neighbours first; we'll open a trace with the courier.",
  order_tracking: "Your tracking link is in the shipping email and under Orders.",
  order_change: "Address and size changes are possible until the order ships, from the order page.",
  account_access: "Use “Forgot password” on the sign-in page; codes expire after 10 minutes. Locked accounts unlock after 30 minutes.",
  technical_issue: "Try updating the app and clearing its cache. Tell us your device and the exact error so we can reproduce it.",
  feature_request: "Thanks for the idea! Our public roadmap lists what's planned.",
  pricing_inquiry: "Plans and prices are on the pricing page; for quotes over 25 seats our sales team will contact you.",
  demo_request: "Our sales team will reach out to book a demo at a time that suits you.",
  complaint: "We're sorry. A team lead reads every complaint and will reply personally.",
  praise: "Thank you! We'll pass this on to the team.",
  general_query: "Our help centre answers most questions about accounts, orders and billing.",
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const message = $<HTMLTextAreaElement>("message");
const routing = $("routing");
const help = $("help");
const classifier = await createWorkerClassifier({ modelUrl: new URL("./model.json", location.href).href });
document.body.dataset.ready = "true";
let latest: ClassificationResult | null = null;

function show(r: ClassificationResult): void {
  latest = r;
  const dept = r.department as HeadResult;
  const intent = r.intent as HeadResult;
  routing.textContent = `This will go to our ${dept.label} team (${intent.label.replace(/_/g, " ")}).`;
  routing.dataset.department = dept.label;
  help.hidden = false;
  help.innerHTML = `<strong>While you wait:</strong> ${HELP[intent.label] ?? HELP.general_query}`;
}

let timer: ReturnType<typeof setTimeout> | undefined;
message.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    if (message.value.trim().length < 3) {
      routing.textContent = "We'll route your message as you type.";
      help.hidden = true;
      return;
    }
    const r = await classifier.classifyLatest(message.value);
    if (r) show(r);
  }, 120);
});

$<HTMLFormElement>("support-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const classification = latest && message.value.trim() ? await classifier.classify(message.value) : null;
  const payload = {
    name: $<HTMLInputElement>("name").value,
    email: $<HTMLInputElement>("email").value,
    message: message.value,
    classification: classification && {
      department: (classification.department as HeadResult).label,
      intent: (classification.intent as HeadResult).label,
      sentiment: (classification.sentiment as HeadResult).label,
      churn_risk: (classification.churn_risk as HeadResult).label,
      lead_intent: (classification.lead_intent as HeadResult).label,
      confidence: (classification.intent as HeadResult).confidence,
    },
  };
  $("submitted").hidden = false;
  $("payload").textContent = JSON.stringify(payload, null, 2);
});
