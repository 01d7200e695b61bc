// Rules that fill a related head from the intent, only where LABELS.md makes it safe.

/** department from intent (LABELS.md "department: routing"). */
export const DEPARTMENT_OF_INTENT: Record<string, string> = {
  refund: "billing", billing_issue: "billing", cancellation: "billing",
  delivery_issue: "logistics", order_tracking: "logistics", order_change: "logistics",
  account_access: "technical", technical_issue: "technical", feature_request: "technical",
  demo_request: "sales", pricing_inquiry: "sales",
  complaint: "general", praise: "general", general_query: "general",
};

/**
 * lead_intent from intent (LABELS.md): high for demo and pricing asks, medium for feature
 * requests and praise, low for operational intents. general_query depends on whether it shows
 * pre-purchase interest, so it stays unlabelled unless a mapping table says otherwise.
 */
export const LEAD_OF_INTENT: Record<string, string | undefined> = {
  demo_request: "high", pricing_inquiry: "high",
  feature_request: "medium", praise: "medium",
  complaint: "low", refund: "low", cancellation: "low", billing_issue: "low", delivery_issue: "low",
  order_tracking: "low", order_change: "low", account_access: "low", technical_issue: "low",
};

// Signs of frustration or anger: a text with any of them is not "calm".
const HEATED = /!|\?\?|\b(fuck\w*|shit\w*|damn\w*|crap\w*|wtf|ridiculous|terrible|horrible|awful|worst|angry|furious|unacceptable|disgust\w*|useless|pathetic|scam\w*|fraud\w*|sue|lawyer|never again|still|again|yet|already|seriously|joke)\b/i;
const SHOUTING = /\b[A-Z]{4,}\b/;

/** A calm text: no exclamation, profanity, shouting or frustration words. */
export function isCalm(text: string): boolean {
  return !HEATED.test(text) && !SHOUTING.test(text);
}

/**
 * Fills department and lead_intent from the intent, and, for calm queries from public
 * datasets of assistant requests, sentiment neutral (LABELS.md: factual reports, requests and
 * questions are neutral) and churn_risk low (no leave signal). Labels already present win.
 */
export function fillRelatedHeads(labels: Partial<Record<string, string>>, text: string, calmIsNeutral: boolean): void {
  const intent = labels.intent;
  if (intent !== undefined) {
    labels.department ??= DEPARTMENT_OF_INTENT[intent];
    labels.lead_intent ??= LEAD_OF_INTENT[intent];
  }
  if (calmIsNeutral && isCalm(text)) {
    labels.sentiment ??= "neutral";
    // Leaving is the ask of a cancellation: its churn label comes from the mapping table.
    if (intent !== "cancellation") labels.churn_risk ??= "low";
  }
  for (const k of Object.keys(labels)) if (labels[k] === undefined) delete labels[k];
}
