// Compositional synthetic tickets: an ask (which sets the intent) combined with optional
// context, tone, follow-up and threat clauses (which set sentiment and churn risk by the
// rules of LABELS.md). Combining parts teaches the model which part carries which label, so
// it generalizes to messages no template spelled out.
import type { HouseRow } from "../schema/house-row.js";
import { DEPARTMENT_OF_INTENT, LEAD_OF_INTENT } from "../schema/rules.js";
import { derivedRandom } from "../random.js";
import { addNoise } from "./noise.js";
import { SLOTS } from "./slots.js";

interface Ask {
  intent: string;
  texts: string[];
  /** lead_intent when the intent alone does not decide it (general_query). */
  lead?: "high" | "medium" | "low";
  /** The ask itself is leaving (cancelling a subscription, closing an account). */
  leaving?: boolean;
  department?: string;
}

const ASKS: Ask[] = [
  { intent: "refund", texts: ["please refund my {amount}", "I want my money back for {order}", "when will my refund be processed?", "can you process the refund for the {item} I returned?", "where is my refund for {order}?", "I'd like a full refund", "please return the duplicate charge of {amount} to my card"] },
  { intent: "billing_issue", texts: ["I was charged twice for {order}", "there's a charge of {amount} I don't recognise", "my invoice shows the wrong amount", "the payment failed but the money was deducted", "why was I billed {amount} this month?", "the invoice has the wrong tax number", "I got charged a late fee even though I paid on time"] },
  { intent: "cancellation", leaving: true, texts: ["please cancel my {plan}", "I want to close my account", "turn off auto renewal", "cancel my subscription", "delete my account and my data", "end our contract at the end of the term", "unsubscribe me from the paid plan"] },
  { intent: "cancellation", department: "logistics", texts: ["please cancel {order} before it ships", "cancel the duplicate order I placed by mistake", "cancel my order, I ordered the wrong size"] },
  { intent: "delivery_issue", texts: ["my {item} hasn't arrived and it was due {time}", "the tracking says delivered but I never got it", "the {item} arrived damaged", "I received the wrong item", "one item is missing from {order}", "{order} is {days} days late", "I got someone else's parcel", "the courier marked it as a failed delivery but I was home"] },
  { intent: "order_tracking", texts: ["where is my order {order}?", "can you send me the tracking number?", "when will my {item} arrive?", "what's the status of {order}?", "has my order shipped yet?", "can you give me an ETA for {order}?"] },
  { intent: "order_change", texts: ["can I change the delivery address for {order}?", "please change the size to L", "add one more {item} to my order", "reschedule my delivery to saturday", "remove the {item} from {order}", "update the phone number on my order"] },
  { intent: "account_access", texts: ["I can't log in to my account", "the password reset link doesn't work", "I'm not getting the OTP", "my account is locked", "the invite to the workspace never arrived", "SSO login fails for our team", "I can't sign in after changing my phone"] },
  { intent: "technical_issue", texts: ["{product} crashes when I open it", "I get {error} when I save", "the sync between web and mobile is broken", "the api returns {error}", "pages take forever to load", "the export button does nothing", "notifications stopped working", "the integration stopped syncing"] },
  { intent: "complaint", texts: ["your agent was rude to me", "nobody answered my emails for a week", "the way my case was handled was unacceptable", "your support chat bot is useless", "your return policy is unfair", "I waited on hold for an hour"] },
  { intent: "feature_request", texts: ["please add {feature}", "it would be great to have {feature}", "do you plan to support {feature}?", "we really need {feature}", "would love to see {feature}"] },
  { intent: "general_query", lead: "low", texts: ["how do I download my invoices?", "what are your support hours?", "how do I add a colleague to our workspace?", "where can I change my email?", "can I pause my subscription for a month?", "how do I update my card details?", "what's your return policy?"] },
  { intent: "general_query", lead: "medium", texts: ["does your product integrate with Salesforce?", "do you ship to Singapore?", "is there an API on the business plan?", "can your tool handle {seats} agents?", "do you support SSO?", "is your platform GDPR compliant?"] },
  { intent: "pricing_inquiry", texts: ["how much is the {plan}?", "can you send a quote for {seats} seats?", "is there a discount for annual billing?", "what does it cost to upgrade?", "what's the fee for international shipping?", "what would {seats} more seats cost?"] },
  { intent: "demo_request", texts: ["can we book a demo?", "could you set up a sandbox for us to test?", "we'd like a walkthrough with your sales team", "can your engineer do a technical deep dive with us?", "can we schedule a call to see the product?"] },
  { intent: "praise", texts: ["thank you so much for the help", "your team is awesome", "the new update is great", "just wanted to say thanks", "really happy with the service", "thanks for the super quick refund", "thank you for sorting out my login so fast", "the delivery came a day early, great job", "your billing team was very helpful", "the app has been rock solid since the update, thanks"] },
  { intent: "complaint", texts: ["the delivery guy was rude to me", "your billing team never answers the phone", "the technician who came was unprofessional", "your sales rep was pushy and rude"] },
  // Negated leaving: the ask is a question, not a cancellation.
  { intent: "general_query", lead: "low", texts: ["I don't want to cancel, I just want to change my plan", "not cancelling, just want to update my billing address", "I'm not leaving, just tell me how to pause deliveries", "no need to close the account, how do I remove my old card?"] },
];

const CONTEXT = ["I ordered a {item} {time}.", "We've been customers for two years.", "I'm on the {plan}.", "I paid with {method}.", "Our team of {seats} uses your product daily.", "I contacted you {time}."];
const FRUSTRATED = ["This is really frustrating.", "Honestly this is ridiculous.", "I'm so annoyed right now.", "Seriously, what is going on?", "This is unacceptable.", "Not happy at all."];
const POSITIVE = ["Love your product!", "You've been great so far.", "Big fan of your service.", "Thanks for the amazing support until now."];
const REPEAT = ["This is my third email about this.", "Second time asking.", "I already asked {time} and got no answer.", "I've raised this {days} times now."];
// Sarcasm: praise words around a problem make the message negative (LABELS.md).
const SARCASM = ["Great job.", "Love it.", "Just perfect.", "Wonderful.", "Amazing service as always.", "Thanks a lot.", "Fantastic."];
const SARCASTIC_INTENTS = new Set(["delivery_issue", "technical_issue", "account_access", "billing_issue", "order_tracking"]);
const THREAT = ["Otherwise I'm switching to {competitor}.", "If this isn't fixed I'm cancelling.", "I'll file a chargeback with my bank.", "We're already evaluating alternatives.", "I'm taking legal action if this continues.", "Never again."];

const MONEY = new Set(["refund", "billing_issue"]);

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function fill(t: string, random: () => number): string {
  return t.replace(/\{(\w+)\}/g, (_, name: string) => pick(SLOTS[name] ?? [name], random));
}

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function composeSynthetic(count: number, seed: number, weight = 1): HouseRow[] {
  const random = derivedRandom(seed, "compose");
  const rows: HouseRow[] = [];
  for (let i = 0; i < count; i++) {
    const ask = pick(ASKS, random);
    const parts: string[] = [];
    const tone = random();
    // Praise asks are positive by nature; other asks take the tone of their clauses.
    const positive = ask.intent === "praise" || (tone < 0.15 && ask.intent !== "complaint");
    const frustrated = !positive && (ask.intent === "complaint" || tone > 0.6);
    const repeat = frustrated && ask.intent !== "praise" && random() < 0.35;
    const threat = frustrated && ask.intent !== "praise" && random() < 0.3;
    if (random() < 0.4) parts.push(fill(pick(CONTEXT, random), random));
    if (positive && ask.intent !== "praise") parts.push(pick(POSITIVE, random));
    if (repeat) parts.push(fill(pick(REPEAT, random), random));
    if (frustrated && random() < 0.7) parts.push(pick(FRUSTRATED, random));
    parts.push(sentence(fill(pick(ask.texts, random), random)));
    if (threat) parts.push(fill(pick(THREAT, random), random));
    const sarcastic = !positive && !frustrated && SARCASTIC_INTENTS.has(ask.intent) && random() < 0.25;
    if (sarcastic) {
      parts.unshift(pick(["Oh great,", "Wow,", "Brilliant,", "Nice,"], random));
      parts.push(pick(SARCASM, random));
    }
    // LABELS.md churn: leaving, a leave signal, a repeated money follow-up.
    const churn = ask.leaving || threat || (repeat && MONEY.has(ask.intent)) ? "high" : "low";
    const sentiment = positive ? "positive" : frustrated || sarcastic ? "negative" : "neutral";
    const order = sarcastic || random() < 0.5 ? parts : [...parts.slice(-1), ...parts.slice(0, -1)];
    rows.push({
      text: addNoise(order.join(" "), random),
      labels: {
        intent: ask.intent,
        department: ask.department ?? DEPARTMENT_OF_INTENT[ask.intent]!,
        sentiment,
        lead_intent: ask.lead ?? LEAD_OF_INTENT[ask.intent]!,
        churn_risk: churn,
      },
      source: "synthetic",
      weight,
    });
  }
  return rows;
}
