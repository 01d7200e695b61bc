// The house schema: every training row, whatever its source, is a text with a label for any
// subset of the heads. A head without a label is masked out of the loss, never guessed.

export const DEFAULT_HEADS = {
  department: ["billing", "general", "logistics", "sales", "technical"],
  sentiment: ["negative", "neutral", "positive"],
  lead_intent: ["high", "low", "medium"],
  churn_risk: ["low", "high"],
  intent: [
    "account_access", "billing_issue", "cancellation", "complaint", "delivery_issue", "demo_request", "feature_request",
    "general_query", "order_change", "order_tracking", "praise", "pricing_inquiry", "refund", "technical_issue",
  ],
} as const;

export type HeadName = keyof typeof DEFAULT_HEADS;
export const HEAD_NAMES = Object.keys(DEFAULT_HEADS) as HeadName[];

export interface HouseRow {
  text: string;
  labels: Partial<Record<string, string>>;
  /** Which source the row came from ("banking77", "synthetic", "corrections", …). */
  source: string;
  weight: number;
}
