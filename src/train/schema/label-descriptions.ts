// Short definitions of the default labels (from LABELS.md), carried in the model file so that
// people reading it, and prompts that ask another model, use the same meanings.

export const LABEL_DESCRIPTIONS: Record<string, Record<string, string>> = {
  intent: {
    refund: "asks for money back or the status of a refund, including a duplicate charge to be returned",
    billing_issue: "a wrong, double or unexpected charge, invoice error, failed payment or late fee, without asking for money back",
    cancellation: "cancel or close a subscription, plan, membership, account, card, contract or a whole order",
    delivery_issue: "a delivery gone wrong: late past the promised date, lost, damaged, wrong or missing items, failed attempt",
    order_tracking: "asks for status, ETA or a tracking number, without claiming a missed date or a lost parcel",
    order_change: "change address, slot, size, colour, quantity, items or date of an order",
    account_access: "cannot get into the account: login, password reset, OTP/2FA, locked account, invite, SSO",
    technical_issue: "the product malfunctions: crash, error, slowness, sync, API or integration failure",
    complaint: "dissatisfaction with service, staff, process or policy that fits no more specific intent",
    feature_request: "asks for something the product does not do yet",
    general_query: "hours, policies, how-to, onboarding, documents, pre-purchase capability questions",
    pricing_inquiry: "asks about a price, quote, plan cost, discount, fee or upgrade cost",
    demo_request: "asks for a demo, walkthrough, sandbox or technical deep-dive with sales",
    praise: "appreciation is the point of the message",
  },
  department: {
    billing: "refund, billing_issue, cancellation of subscriptions, accounts, cards or contracts",
    general: "complaint, praise, general_query",
    logistics: "delivery_issue, order_tracking, order_change, cancelling an undelivered physical order",
    sales: "demo_request, pricing_inquiry",
    technical: "account_access, technical_issue, feature_request",
  },
  sentiment: {
    negative: "frustration, anger, disappointment, insults, shouting, sarcasm, complaints about delay or silence, threats to leave",
    neutral: "factual reports, requests and questions, urgent ones and polite refund requests included",
    positive: "praise, thanks or excitement dominates",
  },
  lead_intent: {
    high: "demo and pricing asks, or any ask to buy more or upgrade",
    medium: "feature requests, praise, and questions showing pre-purchase interest",
    low: "every other operational message from an existing customer",
  },
  churn_risk: {
    high: "leaving (cancelling or closing), a leave signal (competitor, chargeback, legal action, never again), repeated money frustration, or very angry",
    low: "no leave signal",
  },
};
