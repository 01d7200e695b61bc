// The human_readable block: a deterministic summary, triage note, reply draft and, when the
// model is unsure, a note asking for a manual check. Built only from labels and
// probabilities, so the same result always reads the same.

export interface HumanReadable {
  summary: string;
  triage_note: string;
  reply_draft: string;
  manual_review_note?: string;
}

export interface HeadView {
  label: string;
  confidence: number;
  /** Second most likely label and its probability ("" and 0 for a one-label head). */
  runnerUp: string;
  runnerUpConfidence: number;
}

const pretty = (label: string) => label.replaceAll("_", " ");
const pct = (p: number) => `${Math.fround(p * 100).toFixed(1)}%`;

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

/**
 * Builds the narrative from the heads a model has; the default taxonomy's heads (department,
 * intent, sentiment, churn_risk, lead_intent) get specific sentences, others a generic one.
 */
export function narrate(heads: Record<string, HeadView>): HumanReadable {
  const { department, intent, sentiment, churn_risk: churn, lead_intent: lead } = heads;
  const parts: string[] = [];
  if (department) parts.push(`Route to ${pretty(department.label)} (${pct(department.confidence)})`);
  if (intent) parts.push(`${department ? "about" : "Intent:"} ${pretty(intent.label)} (${pct(intent.confidence)})`);
  let summary = parts.length > 0 ? `${parts.join(" ")}.` : "";
  const traits: string[] = [];
  if (sentiment) traits.push(`sentiment ${sentiment.label}`);
  if (churn) traits.push(`churn risk ${churn.label}`);
  if (lead) traits.push(`lead intent ${lead.label}`);
  for (const [name, h] of Object.entries(heads)) {
    if (!["department", "intent", "sentiment", "churn_risk", "lead_intent"].includes(name)) traits.push(`${pretty(name)} ${pretty(h.label)}`);
  }
  if (traits.length > 0) summary += `${summary ? " " : ""}${traits.join(", ").replace(/^./, (c) => c.toUpperCase())}.`;
  if (intent && intent.runnerUpConfidence >= 0.05) summary += ` Also possible: ${pretty(intent.runnerUp)} (${pct(intent.runnerUpConfidence)}).`;

  const angry = sentiment?.label === "negative";
  const atRisk = churn?.label === "high";
  const priority = angry && atRisk ? "urgent" : angry || atRisk ? "high" : lead?.label === "high" ? "sales follow-up" : "normal";
  const reasons = [angry && "negative sentiment", atRisk && "high churn risk", lead?.label === "high" && "strong buying intent"].filter(Boolean);
  const queue = [department && pretty(department.label), intent && pretty(intent.label)].filter(Boolean).join(" / ");
  const triage_note = `Priority ${priority}${reasons.length ? ` (${reasons.join(", ")})` : ""}.${queue ? ` Queue: ${queue}.` : ""}`;

  let reply_draft = (intent && REPLIES[intent.label]) || "Thanks for your message. A member of our team will get back to you shortly.";
  if (angry && intent?.label !== "praise") reply_draft = `We're sorry for the frustration. ${reply_draft}`;

  const result: HumanReadable = { summary, triage_note, reply_draft };
  const doubts: string[] = [];
  if (intent && intent.confidence < 0.55) doubts.push(`intent confidence is only ${pct(intent.confidence)}`);
  if (department && department.confidence < 0.55) doubts.push(`department confidence is only ${pct(department.confidence)}`);
  if (intent && (intent.confidence - intent.runnerUpConfidence < 0.15 || intent.runnerUpConfidence > 0.2)) {
    doubts.push(`${pretty(intent.label)} and ${pretty(intent.runnerUp)} are close (${pct(intent.confidence)} vs ${pct(intent.runnerUpConfidence)})`);
  }
  if (doubts.length > 0) result.manual_review_note = `Check by hand before acting: ${doubts.join("; ")}.`;
  return result;
}
