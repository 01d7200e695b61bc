// The human_readable block: a deterministic summary, triage note, reply draft and, when the
// model is unsure, a note asking for a manual check. Built only from labels and
// probabilities, so the same result always reads the same. Every label string is prepared
// once per model; a call only joins them.

export interface HumanReadable {
  summary: string;
  triage_note: string;
  reply_draft: string;
  manual_review_note?: string;
}

/** One head's outcome: chosen label, its probability, and the runner-up (−1 when none). */
export interface HeadView {
  index: number;
  confidence: number;
  runnerUp: number;
  runnerUpConfidence: number;
}

const pretty = (label: string) => label.replaceAll("_", " ");

// "0.0%" … "100.0%", made once: formatting a number is a large share of building a result.
const PERCENTS = Array.from({ length: 1001 }, (_, tenths) => `${Math.trunc(tenths / 10)}.${tenths % 10}%`);

/** "48.1%": probability as a percentage with one decimal. */
export function percent(p: number): string {
  return PERCENTS[Math.min(1000, Math.max(0, Math.round(p * 1000)))]!;
}

const REPLIES: Record<string, string> = {
  refund: "Thanks for reaching out about your refund. We're checking the payment now and will confirm the refund and its timing shortly.",
  billing_issue: "Thanks for flagging this charge. We're reviewing your billing history and will correct anything that is wrong.",
  cancellation: "We've received your cancellation request. We'll confirm what happens to your plan and any remaining balance before anything changes.",
  complaint: "We're sorry about this experience. Your message has gone to the team responsible, and we'll follow up with what we're doing about it.",
  delivery_issue: "Sorry your delivery went wrong. We're looking into the shipment now and will come back with a fix or a replacement.",
  demo_request: "Thanks for your interest! A product specialist will contact you to schedule a demo at a time that suits you.",
  feature_request: "Thanks for the suggestion. We've shared it with the product team and will let you know if it makes the roadmap.",
  general_query: "Thanks for your question. Here is what we know so far, and a teammate will follow up if anything is unclear.",
  order_change: "We've received your change request. We'll update the order if it hasn't shipped yet and confirm the new details.",
  order_tracking: "Thanks for checking in. We're pulling up the latest tracking for your order and will share the status shortly.",
  praise: "Thank you for the kind words! We've passed them on to the team.",
  pricing_inquiry: "Thanks for asking about pricing. We'll send the plan options and a quote that fits your needs.",
  account_access: "Sorry you can't get into your account. We'll help you restore access; please don't share your password with anyone, including us.",
  technical_issue: "Sorry about the trouble. We're investigating the issue and may ask for a few details (device, steps, error message) to fix it faster.",
};
const GENERIC_REPLY = "Thanks for your message. A member of our team will get back to you shortly.";
const APOLOGY = "We're sorry for the frustration. ";
const KNOWN = ["department", "intent", "sentiment", "churn_risk", "lead_intent"];

interface HeadText {
  at: number;
  labels: string[];
}

/**
 * Builds the narrative from the heads a model has; the default taxonomy's heads (department,
 * intent, sentiment, churn_risk, lead_intent) get specific sentences, others a generic one.
 */
export class Narrator {
  private readonly department: HeadText | null;
  private readonly intent: HeadText | null;
  private readonly traits: { at: number; prefix: string; labels: string[] }[];
  private readonly negative: number;
  private readonly churnHigh: number;
  private readonly leadHigh: number;
  private readonly sentimentAt: number;
  private readonly churnAt: number;
  private readonly leadAt: number;
  private readonly replies: string[];
  private readonly angryReplies: string[];
  private readonly praise: number;

  constructor(heads: readonly { name: string; labels: readonly string[] }[]) {
    const find = (name: string): HeadText | null => {
      const at = heads.findIndex((h) => h.name === name);
      return at < 0 ? null : { at, labels: heads[at]!.labels.map(pretty) };
    };
    this.department = find("department");
    this.intent = find("intent");
    const ordered = ["sentiment", "churn_risk", "lead_intent", ...heads.map((h) => h.name).filter((n) => !KNOWN.includes(n))];
    this.traits = ordered
      .map((name) => ({ at: heads.findIndex((h) => h.name === name), prefix: name === "churn_risk" ? "churn risk" : pretty(name) }))
      .filter((t) => t.at >= 0)
      .map((t, i) => ({ ...t, prefix: i === 0 ? t.prefix[0]!.toUpperCase() + t.prefix.slice(1) : t.prefix, labels: heads[t.at]!.labels.map(pretty) }));
    const labelIndex = (head: string, label: string) => heads.find((h) => h.name === head)?.labels.indexOf(label) ?? -1;
    this.sentimentAt = heads.findIndex((h) => h.name === "sentiment");
    this.churnAt = heads.findIndex((h) => h.name === "churn_risk");
    this.leadAt = heads.findIndex((h) => h.name === "lead_intent");
    this.negative = labelIndex("sentiment", "negative");
    this.churnHigh = labelIndex("churn_risk", "high");
    this.leadHigh = labelIndex("lead_intent", "high");
    this.praise = labelIndex("intent", "praise");
    const intentLabels = this.intent ? heads[this.intent.at]!.labels : [];
    this.replies = intentLabels.map((l) => REPLIES[l] ?? GENERIC_REPLY);
    this.angryReplies = this.replies.map((r) => APOLOGY + r);
  }

  narrate(v: readonly HeadView[]): HumanReadable {
    const { department: dept, intent } = this;
    const d = dept ? v[dept.at]! : null;
    const it = intent ? v[intent.at]! : null;

    let summary = "";
    if (dept && d) summary = `Route to ${dept.labels[d.index]} (${percent(d.confidence)})`;
    if (intent && it) summary += `${summary ? " about " : "Intent: "}${intent.labels[it.index]} (${percent(it.confidence)})`;
    if (summary) summary += ".";
    let traits = "";
    for (const t of this.traits) traits += `${traits ? ", " : ""}${t.prefix} ${t.labels[v[t.at]!.index]}`;
    if (traits) summary += `${summary ? " " : ""}${traits}.`;
    if (intent && it && it.runnerUp >= 0 && it.runnerUpConfidence >= 0.05) {
      summary += ` Also possible: ${intent.labels[it.runnerUp]} (${percent(it.runnerUpConfidence)}).`;
    }

    const angry = this.sentimentAt >= 0 && v[this.sentimentAt]!.index === this.negative;
    const atRisk = this.churnAt >= 0 && v[this.churnAt]!.index === this.churnHigh;
    const hot = this.leadAt >= 0 && v[this.leadAt]!.index === this.leadHigh;
    const priority = angry && atRisk ? "urgent" : angry || atRisk ? "high" : hot ? "sales follow-up" : "normal";
    let reasons = angry ? "negative sentiment" : "";
    if (atRisk) reasons += `${reasons ? ", " : ""}high churn risk`;
    if (hot) reasons += `${reasons ? ", " : ""}strong buying intent`;
    let triage_note = `Priority ${priority}${reasons ? ` (${reasons})` : ""}.`;
    if (d && dept) triage_note += ` Queue: ${dept.labels[d.index]}${it && intent ? ` / ${intent.labels[it.index]}` : ""}.`;
    else if (it && intent) triage_note += ` Queue: ${intent.labels[it.index]}.`;

    const reply_draft = it ? (angry && it.index !== this.praise ? this.angryReplies : this.replies)[it.index]! : angry ? APOLOGY + GENERIC_REPLY : GENERIC_REPLY;
    const result: HumanReadable = { summary, triage_note, reply_draft };

    let doubts = "";
    if (it && it.confidence < 0.55) doubts = `intent confidence is only ${percent(it.confidence)}`;
    if (d && d.confidence < 0.55) doubts += `${doubts ? "; " : ""}department confidence is only ${percent(d.confidence)}`;
    if (intent && it && it.runnerUp >= 0 && (it.confidence - it.runnerUpConfidence < 0.15 || it.runnerUpConfidence > 0.2)) {
      doubts += `${doubts ? "; " : ""}${intent.labels[it.index]} and ${intent.labels[it.runnerUp]} are close (${percent(it.confidence)} vs ${percent(it.runnerUpConfidence)})`;
    }
    if (doubts) result.manual_review_note = `Check by hand before acting: ${doubts}.`;
    return result;
  }
}
