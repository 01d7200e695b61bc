// Synthetic ticket scenarios, each labelled on all five heads by construction, following
// LABELS.md. They cover what public datasets do not: lead intent and churn risk, praise, demo
// and pricing asks, feature requests (with and without churn threats), multi-issue messages,
// negation, sarcasm, polite refunds, angry repeated follow-ups, and Hinglish.
// {slot} is filled from slots.ts; department comes from the intent unless a scenario sets it.

export interface Scenario {
  id: string;
  intent: string;
  sentiment: "negative" | "neutral" | "positive";
  lead: "high" | "medium" | "low";
  churn: "low" | "high";
  department?: string;
  templates: string[];
}

const s = (id: string, intent: string, sentiment: Scenario["sentiment"], lead: Scenario["lead"], churn: Scenario["churn"], templates: string[], department?: string): Scenario => ({
  id, intent, sentiment, lead, churn, templates, ...(department ? { department } : {}),
});

export const SCENARIOS: Scenario[] = [
  // refund
  s("refund-polite", "refund", "neutral", "low", "low", [
    "Hi, I returned the {item} {time}. Could you please process my refund?",
    "I would like a refund for {order}, the {item} did not fit.",
    "Please refund {amount} for {order}, I cancelled it before shipping.",
    "Can I get my money back for the {item}? It arrived fine but I no longer need it.",
    "Hello, requesting a refund of {amount} for the duplicate payment on {order}.",
    "I was charged twice for {order}, please return the extra {amount}.",
    "When will I get the refund for {order}? It was approved {time}.",
    "What is the status of my refund for {order}?",
    "Kindly refund the amount for the {item}, thanks in advance.",
    "I'd like to return the {item} and get a refund to {method}.",
  ]),
  s("refund-angry-repeat", "refund", "negative", "low", "high", [
    "This is the THIRD time I am asking for my refund of {amount}. Where is my money??",
    "Still no refund for {order} after {days} weeks. I will file a chargeback if it's not in my account by friday.",
    "I have emailed you {days} times about my refund and nobody replies. This is a scam.",
    "Second follow up: where is my {amount} refund?? You promised it {time}.",
    "You people keep saying the refund is processing. It's been {days} weeks. Give me my money back or I'm going to my bank.",
    "I want my money back NOW. Asked {time} and again today, no response. Never again.",
  ]),
  s("refund-leaving", "refund", "negative", "low", "high", [
    "I'm cancelling my {plan} and I want a refund for this month.",
    "Cancel everything and refund my {amount}, I'm switching to {competitor}.",
    "Worst service ever, refund my order and close my account.",
  ]),
  // billing_issue
  s("billing-double-charge", "billing_issue", "neutral", "low", "low", [
    "I see two charges of {amount} on my card for {order}. Can you check?",
    "My invoice for this month shows the wrong amount, it says {amount} instead of the usual.",
    "The payment via {method} failed but money was deducted.",
    "Why was I charged a late fee? I paid on time.",
    "There is an unexpected charge of {amount} on my statement from you.",
    "The invoice has the wrong company name and tax number, please correct it.",
    "I was billed for {seats} seats but we only have {days}.",
    "My card was charged for the {plan} even though I downgraded.",
  ]),
  s("billing-angry", "billing_issue", "negative", "low", "low", [
    "Why the hell was I charged {amount} again?! Fix this.",
    "You overcharged me AGAIN on the {plan}. This is really frustrating.",
    "Ridiculous. Charged twice for the same order and no explanation.",
  ]),
  s("billing-repeat-fraud", "billing_issue", "negative", "low", "high", [
    "This is the second time you charged me without permission. This is fraud and I'm reporting it to my bank.",
    "Another wrong charge on my account. I've told you twice already. I'm done with you.",
  ]),
  // cancellation
  s("cancel-subscription", "cancellation", "neutral", "low", "high", [
    "Please cancel my {plan} at the end of this billing cycle.",
    "How do I cancel my subscription? I don't need it anymore.",
    "I want to close my account and delete my data.",
    "Turn off auto renewal for my {plan} please.",
    "Please terminate our {plan}, we are moving to {competitor}.",
    "Cancel my membership effective immediately.",
    "I'd like to cancel the recurring debit for my {plan}.",
    "Please stop my subscription, we're consolidating tools.",
  ]),
  s("cancel-subscription-angry", "cancellation", "negative", "low", "high", [
    "Cancel my account right now. Your service is useless.",
    "I've had enough, cancel my {plan} and never email me again.",
    "Close my account. Third outage this month, we are leaving for {competitor}.",
  ]),
  s("cancel-order-mistake", "cancellation", "neutral", "low", "low", [
    "I placed {order} twice by mistake, please cancel the duplicate.",
    "Please cancel {order}, I ordered the wrong size by mistake.",
    "Can you cancel my order before it ships? I accidentally ordered it.",
    "Cancel {order} please, I'll reorder with the right address.",
  ], "logistics"),
  s("cancel-order-unhappy", "cancellation", "negative", "low", "high", [
    "Cancel {order}. It's been {days} days and it hasn't even shipped. Never ordering again.",
    "Just cancel the whole order, I'm fed up with the delays. Buying from {competitor} instead.",
  ], "logistics"),
  // delivery_issue
  s("delivery-late", "delivery_issue", "negative", "low", "low", [
    "My {item} was supposed to arrive {time} and it's still not here.",
    "The delivery date for {order} has passed and there's no update.",
    "{order} is {days} days late. Where is it?",
    "Promised delivery by monday, today is friday. Still waiting for my {item}.",
  ]),
  s("delivery-lost", "delivery_issue", "negative", "low", "low", [
    "Tracking says delivered but I never received the {item}.",
    "My parcel is marked delivered but it's not at my door or with neighbours.",
    "The package {order} seems lost, tracking hasn't moved in {days} days.",
  ]),
  s("delivery-damaged-wrong", "delivery_issue", "neutral", "low", "low", [
    "The {item} arrived damaged, the box was crushed.",
    "I received the wrong item in {order}, I ordered a {item}.",
    "One item is missing from {order}.",
    "The courier tried to deliver while I was home and marked it as failed attempt.",
    "My order was shipped to the wrong address.",
    "The {item} came broken, can you send a replacement?",
  ]),
  // order_tracking
  s("tracking-neutral", "order_tracking", "neutral", "low", "low", [
    "Where is my order {order}?",
    "Can you share the tracking number for {order}?",
    "When will my {item} be delivered?",
    "What's the ETA for {order}?",
    "Has {order} been shipped yet?",
    "Could you tell me the status of my {item}?",
    "track my order {order}",
  ]),
  s("tracking-frustrated", "order_tracking", "negative", "low", "low", [
    "Where is my order?? No updates at all, this is annoying.",
    "Can someone PLEASE tell me where {order} is? Your tracking page shows nothing.",
    "I keep checking and the status never changes. When will it ship?",
  ]),
  // order_change
  s("order-change", "order_change", "neutral", "low", "low", [
    "Can I change the delivery address for {order}?",
    "Please change the size of the {item} in {order} from M to L.",
    "I want to add one more {item} to my order before it ships.",
    "Can you reschedule my delivery to saturday?",
    "Please remove the {item} from {order}, keep the rest.",
    "Change the colour of my {item} to black please.",
    "Update the phone number on {order}, the courier can't reach me.",
  ]),
  // account_access
  s("access", "account_access", "neutral", "low", "low", [
    "I can't log in to my account, it says invalid password.",
    "I forgot my password and the reset email never arrives.",
    "The OTP is not coming to my phone, I can't sign in.",
    "My account got locked after too many attempts.",
    "The team invite link never arrived, I can't join the workspace.",
    "SSO login is broken for our domain since the update.",
    "How do I reset my password?",
    "My 2FA device is lost, how do I get back into my account?",
    "Login page keeps redirecting me back to sign in.",
  ]),
  s("access-angry", "account_access", "negative", "low", "low", [
    "I've been locked out of my account for {days} days. This is unacceptable!",
    "Your stupid login keeps failing and I can't access my invoices.",
  ]),
  // technical_issue
  s("tech", "technical_issue", "neutral", "low", "low", [
    "{product} crashes when I open the settings page.",
    "I get {error} when I try to upload a file.",
    "The webhook to our server stopped firing {time}.",
    "Sync between the mobile app and the dashboard is not working.",
    "Pages take 30 seconds to load since the last update.",
    "The api returns {error} for every request.",
    "Export to pdf is broken, the file is empty.",
    "The search bar doesn't show any results.",
    "Notifications are not working on android.",
    "The integration with Shopify stopped syncing orders.",
  ]),
  s("tech-angry", "technical_issue", "negative", "low", "low", [
    "{product} is crashing AGAIN. Fix your app!",
    "Your website is so slow it's unusable. Payment page shows {error}.",
    "Nothing works since your update. Seriously frustrating.",
  ]),
  s("tech-outage-leaving", "technical_issue", "negative", "low", "high", [
    "Third outage this week. If this happens again we're switching to {competitor}.",
    "The api has been down for hours and our business is losing money. We are evaluating alternatives.",
  ]),
  // complaint
  s("complaint", "complaint", "negative", "low", "low", [
    "Your support agent was very rude to me on the phone.",
    "I waited 2 hours on chat and nobody answered.",
    "I'm not happy with how my issue was handled.",
    "Your return policy is unfair, I'm disappointed.",
    "The delivery guy was rude and threw the box.",
    "Nobody replies to emails. Very poor service.",
    "I'm not angry, just disappointed with the service lately.",
  ]),
  s("complaint-leaving", "complaint", "negative", "low", "high", [
    "Worst customer service I have ever experienced. Never again.",
    "Your staff treated me terribly. I'm taking my business to {competitor}.",
    "I will take legal action if nobody responds to my complaint.",
  ]),
  // feature_request
  s("feature", "feature_request", "neutral", "medium", "low", [
    "It would be great if you added {feature}.",
    "Do you plan to support {feature}? We'd use it a lot.",
    "Feature request: {feature} for the dashboard.",
    "Could you add an option for {feature}?",
    "Please consider adding {feature} in the next release.",
  ]),
  s("feature-churn", "feature_request", "negative", "medium", "high", [
    "Without {feature} we'll have to move to {competitor}.",
    "We need {feature} by next quarter or we're switching providers.",
  ]),
  s("feature-positive", "feature_request", "positive", "medium", "low", [
    "Love the product! Would be amazing to have {feature} too.",
    "Great app, only thing missing is {feature}. Thanks!",
  ]),
  // general_query
  s("general-operational", "general_query", "neutral", "low", "low", [
    "What are your customer support hours?",
    "How do I download my invoice?",
    "Where can I find the return policy?",
    "How do I add a new user to my account?",
    "Is there a way to export my data?",
    "Can I pause my subscription for a month without cancelling?",
    "How do I change my email address?",
    "Do you deliver on sundays?",
    "How do I update my payment method?",
    "Where can I see my order history?",
    "I don't want to cancel, I just want to know how to change my billing date.",
    "How do I set up the Slack integration?",
  ]),
  s("general-prepurchase", "general_query", "neutral", "medium", "low", [
    "Does your platform support multiple languages?",
    "Can your tool integrate with Salesforce?",
    "Is your software GDPR compliant?",
    "Do you ship to Canada?",
    "Does the {plan} include API access?",
    "Can we use your product for a team of {seats} agents?",
  ]),
  // pricing_inquiry
  s("pricing", "pricing_inquiry", "neutral", "high", "low", [
    "How much does the {plan} cost?",
    "Can you send me a quote for {seats} seats?",
    "Do you offer discounts for nonprofits?",
    "What's the price difference between the starter and business plan?",
    "Is there an annual discount?",
    "What would it cost to upgrade to the {plan}?",
    "Do you have volume pricing for {seats} users?",
    "What are the fees for international shipping?",
  ]),
  s("pricing-angry", "pricing_inquiry", "negative", "high", "low", [
    "Why is the {plan} so expensive now? How much will it be next year?",
    "Your prices went up again. What's the cheapest plan I can switch to?",
  ]),
  s("upgrade", "pricing_inquiry", "positive", "high", "low", [
    "We love it and want to upgrade to the {plan}. What's the cost for {seats} seats?",
    "Great product! How much to add {seats} more seats?",
  ]),
  // demo_request
  s("demo", "demo_request", "neutral", "high", "low", [
    "Can we schedule a demo for {team}?",
    "I'd like a product walkthrough before we buy.",
    "Could you set up a sandbox account for our evaluation?",
    "We're interested in the enterprise plan, can we book a demo?",
    "Can your solutions engineer do a technical deep dive on the api with us?",
    "Please arrange a demo for our sales team next week.",
  ]),
  s("demo-excited", "demo_request", "positive", "high", "low", [
    "Your product looks amazing! Can we get a demo for {team}?",
    "Loved the webinar, would love a personalised demo.",
  ]),
  // praise
  s("praise", "praise", "positive", "medium", "low", [
    "Thank you so much, the support team was fantastic!",
    "Just wanted to say the new update is great.",
    "Love your app, it saves me hours every week.",
    "Great service, the delivery was super fast. Thanks!",
    "Huge thanks to the agent who helped me today.",
    "Not bad at all, really happy with my {item}.",
    "You guys are awesome, keep it up!",
  ]),
  // Praise followed by a real question takes the question's intent, with positive sentiment.
  s("praise-then-tracking", "order_tracking", "positive", "low", "low", [
    "Love your store! Quick question, when will {order} arrive?",
    "You've been great so far, thanks! Could you share the tracking link for {order}?",
  ]),
  s("praise-then-howto", "general_query", "positive", "low", "low", [
    "Great app, thank you! How do I export my reports?",
    "Really enjoying the product. How do I add another user?",
  ]),
  // Sarcasm is negative.
  s("sarcasm-delivery", "delivery_issue", "negative", "low", "low", [
    "Oh great, another week without my {item}. Amazing service as always.",
    "Wow, {days} days late. Truly impressive delivery speed.",
    "Thanks for nothing, my parcel is lost again. Fantastic.",
  ]),
  s("sarcasm-delivery-2", "delivery_issue", "negative", "low", "low", [
    "Fantastic, yet another late shipment. Just what I wanted for the holidays.",
    "Perfect, the {item} is late again. Just perfect.",
    "Oh wonderful, the parcel went to the wrong city. Love it.",
    "Nice, {days} days late and counting. Great job guys.",
  ]),
  s("sarcasm-access", "account_access", "negative", "low", "low", [
    "Brilliant, the app signed me out for the fifth time today. Wonderful.",
    "Great, locked out of my account for the third time today. Fantastic.",
  ]),
  s("sarcasm-billing", "billing_issue", "negative", "low", "low", [
    "Thanks for charging me twice, really appreciate it.",
    "Lovely, another surprise fee on my bill. Classy.",
  ]),
  s("sarcasm-tech", "technical_issue", "negative", "low", "low", [
    "Love how {product} crashes every time I open it. Great job.",
    "Brilliant update, now nothing loads. Well done.",
  ]),
  // Leave signals without a cancellation ask.
  s("thinking-of-leaving", "general_query", "negative", "low", "high", [
    "Seriously considering leaving, your charges keep going up. What can you offer?",
    "We're considering moving to {competitor}. Is there any way to lower our bill?",
    "Honestly about to switch providers. How do I export all my data?",
  ]),
  s("evaluating-alternatives-demo", "demo_request", "neutral", "high", "high", [
    "We are comparing {competitor} with your platform, could your sales team walk us through it?",
    "Comparing a few vendors right now, could we see a demo this week?",
  ]),
  s("cancellation-fee-leaving", "pricing_inquiry", "neutral", "high", "high", [
    "Is there a penalty for terminating our agreement before renewal?",
    "How much does it cost to terminate the {plan} before the year ends?",
  ]),
  s("keep-account", "general_query", "neutral", "low", "low", [
    "Not looking to cancel, only want to move to a cheaper tier.",
    "Not cancelling, just want to change my billing date.",
    "I'm keeping my account, but how do I remove a card on file?",
  ]),
  s("repeat-refund-caps", "refund", "negative", "low", "high", [
    "I HAVE ASKED FOR THIS REFUND FOUR TIMES NOW. PAY ME BACK.",
    "Writing again about the duplicate payment. Return it this week or my bank gets involved.",
    "Following up once more on the refund for {order}, still nothing after weeks.",
  ]),
  s("upgrade-praise", "pricing_inquiry", "positive", "high", "low", [
    "The training session was excellent! We want {seats} extra licenses, what is the price?",
    "Happy with the tool so far, how much to move everyone to the higher plan?",
  ]),
  s("sandbox", "demo_request", "neutral", "high", "low", [
    "Could you give us a test environment to try the integration before we commit?",
    "Is there a trial environment we can use for a proof of concept with your team?",
  ]),
  s("complaint-bot", "complaint", "negative", "low", "low", [
    "Your automated assistant is hopeless, connect me to a real person.",
    "The courier left my box in the rain and walked off. Shameful service.",
    "The agent hung up on me. Terrible service.",
  ]),
  // Multi-issue: the explicit request wins.
  s("multi-refund", "refund", "negative", "low", "low", [
    "The {item} arrived late and the box was damaged. I just want a refund.",
    "Delivery was a mess and support never called back. Please refund {order}.",
    "My order was late, the app kept crashing at checkout, and now I'd like my money back for {order}.",
  ]),
  s("multi-tracking", "order_tracking", "neutral", "low", "low", [
    "I updated my address last week and paid with {method}. Can you tell me where {order} is now?",
  ]),
  s("multi-access", "account_access", "negative", "low", "low", [
    "Your app is slow and now I can't even log in. Please reset my password.",
  ]),
];
