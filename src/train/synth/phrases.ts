// Phrase banks for compositional synthetic tickets (compose.ts), written to LABELS.md.
// An ask is an explicit request and decides the intent; a report states a problem and decides
// the intent only when no ask follows it ("with two issues, the one carrying the explicit
// request wins"). Clauses set tone and churn. Wide, everyday vocabulary on purpose: the model
// should learn what words mean for each head, not which template a ticket came from.

export interface Ask {
  intent: string;
  texts: string[];
  /** lead_intent when the intent alone does not decide it (general_query). */
  lead?: "high" | "medium" | "low";
  /** The ask itself is leaving (cancelling a subscription, closing an account). */
  leaving?: boolean;
  department?: string;
}

export interface Report {
  intent: string;
  texts: string[];
}

export const ASKS: Ask[] = [
  { intent: "refund", texts: [
    "please refund my {amount}", "I want my money back for {order}", "when will my refund be processed?", "can you process the refund for the {item} I returned?",
    "where is my refund for {order}?", "I'd like a full refund", "please return the duplicate charge of {amount} to my card", "please reverse one of the duplicate payments",
    "can I get the {amount} back?", "kindly reverse the charge and credit it back to my account", "I'd like the delivery charge refunded", "I need a refund for the unused months",
    "put the money back on my {method}", "what's the status of my refund?", "how long until the refund shows up on my card?", "I expect a full refund for this",
    "send my money back", "reimburse me for the {item}", "please credit back the {amount}", "has my refund been issued yet?",
    "I returned the {item}, where's my money?", "the return was picked up {time}, when do I get paid back?", "please pay back the {amount} you took twice",
    "I'd like to be compensated for the {item}", "money back please", "I want the refund to go to my original {method}",
  ] },
  { intent: "billing_issue", texts: [
    "can you explain this charge of {amount}?", "please correct the invoice", "why was I billed {amount} this month?", "please check why my payment keeps failing",
    "can you look into the double charge?", "why is there a late fee on my account?", "please fix the billing error on my account", "why did my bill go up without notice?",
    "can someone explain the extra fee on my statement?", "please update the invoice with our correct company details", "why was the wrong amount debited?",
  ] },
  { intent: "cancellation", leaving: true, texts: [
    "please cancel my {plan}", "I want to close my account", "turn off auto renewal", "cancel my subscription", "delete my account and my data", "end our contract at the end of the term",
    "unsubscribe me from the paid plan", "stop the recurring payment", "please terminate our agreement", "close the account for our company", "cancel my membership today",
    "I don't want to renew, please cancel", "remove my card and cancel the plan", "disable the auto-debit of {amount} every month", "we'd like to end the subscription this month",
    "switch off the automatic top-up", "stop charging my card every month", "close my wallet and send the balance to my bank", "please deactivate my membership",
    "terminate the contract for all {seats} seats", "I'd like to opt out of the renewal", "shut down our workspace at the end of the month", "don't bill me again, I'm done with the plan",
    "block and cancel my card", "stop my standing instruction for {amount}",
  ] },
  { intent: "cancellation", department: "logistics", texts: [
    "please cancel {order} before it ships", "cancel the duplicate order I placed by mistake", "cancel my order, I ordered the wrong size", "please cancel the whole order",
    "stop the shipment and cancel {order}", "I'd like to cancel my order for the {item}",
  ] },
  { intent: "delivery_issue", texts: [
    "please send a replacement for the damaged {item}", "can you resend the missing item?", "please find out what happened to my parcel", "please send the right item this time",
    "please arrange a redelivery", "I need the correct {item} sent out", "please get the courier to actually deliver it",
    "please swap the faulty {item} for a new one", "send the missing parts please", "I need a replacement, this one came broken", "please pick up the wrong item and send mine",
  ] },
  { intent: "order_tracking", texts: [
    "where is my order {order}?", "can you send me the tracking number?", "when will my {item} arrive?", "what's the status of {order}?", "has my order shipped yet?",
    "can you give me an ETA for {order}?", "is {order} out for delivery?", "which courier has my parcel?", "can you share the tracking link?", "when is {order} expected?",
    "any update on where my package is?", "please tell me when my {item} will be dispatched",
    "how far away is my delivery?", "when is the driver coming?", "can you check where my food is?", "what day will {order} reach me?", "is my parcel still on its way?",
    "roughly when should I expect it?",
  ] },
  { intent: "order_change", texts: [
    "can I change the delivery address for {order}?", "please change the size to L", "add one more {item} to my order", "reschedule my delivery to saturday",
    "remove the {item} from {order}", "update the phone number on my order", "swap the colour to black before it ships", "change the delivery slot to the evening",
    "can you deliver it to my office instead?", "please change the quantity to 3", "deliver it next week instead, I'm travelling", "cancel just the {item} and keep the rest of the order",
    "can I move my booking to another date?", "please add a gift note to {order}", "switch my order to the larger pack", "can I pick it up from the store instead of delivery?",
    "please put a second {item} in the same order", "change the name on the booking please", "can the delivery come after 6 pm?",
  ] },
  { intent: "account_access", texts: [
    "please reset my password", "help me get back into my account", "please unlock my account", "resend the verification code", "please reset my two-factor authentication",
    "resend the invite to the workspace", "how do I log in after changing my phone number?", "please reactivate my account", "help me recover my account",
    "please update the phone number for my login codes", "unblock my profile please", "send me a new sign-in link", "I need access to my account back",
    "please move my 2FA to my new phone", "can you verify me some other way so I can get in?",
  ] },
  { intent: "technical_issue", texts: [
    "please fix the {area}", "can your engineers look into the {area}?", "any ETA on a fix for the {area}?", "please check what is wrong with the {area}",
    "is there a known bug with the {area}?", "can you investigate the {area} errors?",
    "can someone debug the {area} for us?", "please get the {area} working again", "when will the {area} be back up?", "can you raise a bug for the {area}?",
    "please look at our logs, the {area} keeps failing", "what's causing the {area} to fail?",
  ] },
  { intent: "complaint", texts: [
    "I want to file a formal complaint", "please escalate this to a manager", "I want someone senior to look at how I was treated", "please pass this feedback to your management",
  ] },
  { intent: "feature_request", texts: [
    "please add {feature}", "it would be great to have {feature}", "do you plan to support {feature}?", "we really need {feature}", "would love to see {feature}",
    "can you build {feature}?", "any plans for {feature}?", "please consider {feature} on the roadmap", "could you add an option for {feature}?", "is {feature} coming soon?",
    "we'd pay for {feature}", "feature request: {feature}",
    "it would help a lot if you offered {feature}", "is there any way you could add {feature}?", "you really should have {feature}", "suggestion: {feature}",
    "we'd use {feature} every day if you built it", "how about adding {feature}?", "I wish the app had {feature}", "my customers keep asking for {feature}, can you add it?",
    "can {feature} go on your roadmap?", "would be nice to have {feature}", "please let us use {feature}",
  ] },
  { intent: "general_query", lead: "low", texts: [
    "how do I download my invoices?", "what are your support hours?", "how do I add a colleague to our workspace?", "where can I change my email?", "can I pause my subscription for a month?",
    "how do I update my card details?", "what's your return policy?", "please email the invoice to our finance address", "how do I give another person admin rights?", "where do I find my receipts?",
    "how do I change the language of the app?", "can I get a copy of my statement?", "what documents do you need for KYC?", "how do I export my data?", "is there a user guide for the reports?",
    "how do I change my billing date?", "do you open on public holidays?", "how do I return an item?", "can you resend my invoice for {time}?",
  ] },
  { intent: "general_query", lead: "medium", texts: [
    "does your product integrate with Salesforce?", "do you ship to Singapore?", "is there an API on the business plan?", "can your tool handle {seats} agents?", "do you support SSO?",
    "is your platform GDPR compliant?", "is pay on delivery available?", "can I get a few more days on the trial?", "can you share your security documents before we sign?", "how do you store and encrypt our data?",
    "can you help us move our data over from {competitor}?", "do you deliver to my area?", "can I use the trial with my whole team?", "do you have a SOC 2 report?", "how long does shipping to the UK take?",
    "does the {plan} include phone support?",
    "can your system work with our existing {area}?", "do you offer onboarding for new customers?", "can I try it before paying?", "does it work offline?",
    "do you have a mobile app for our field staff?", "which languages does your product support?",
    // Questions about what the offer includes and how buying works: capability, not price or demo.
    "is there a free plan?", "do you have a trial for teams?", "can we pay by invoice?", "do you accept PayPal?", "can I pay in instalments?",
    "is it available on Android and iOS?", "does it run on a Mac?", "is there a desktop version?", "how many users can the basic plan have?",
    "is there a storage limit?", "can several people use one account?", "do you have a loyalty programme?", "do you price match?",
    "when will the {item} be back in stock?", "do you ship internationally?", "can we host it on our own servers?", "do you have a partner programme for agencies?",
    "can I cancel anytime if I sign up?",
  ] },
  { intent: "pricing_inquiry", texts: [
    "how much is the {plan}?", "can you send a quote for {seats} seats?", "is there a discount for annual billing?", "what does it cost to upgrade?", "what's the fee for international shipping?",
    "what would {seats} more seats cost?", "do you have student pricing?", "what's the price for {seats} units?", "can we get volume pricing?", "how much is the add-on?",
    "what's the difference in price between the plans?", "is there a nonprofit discount?", "what would a downgrade save us?", "can you send your price list?", "what are the charges for express delivery?",
  ] },
  { intent: "demo_request", texts: [
    "can we book a demo?", "could you set up a sandbox for us to test?", "we'd like a walkthrough with your sales team", "can your engineer do a technical deep dive with us?",
    "can we schedule a call to see the product?", "could someone show our team how it works on a call?", "can we get a trial environment for a proof of concept?",
    "we'd like a live demo for {team}", "can you walk us through the setup before we roll out?", "please arrange a product tour for our managers",
    "could someone give {team} a quick presentation of the product?", "can we see the product running on our own data?", "we'd like a guided session with your solutions team",
    "can your sales engineer show us the {area}?", "is it possible to get a screen-share walkthrough?", "we want to see it in action before we buy", "book us a product demo for {time}",
    "could we get a pilot account for a month?", "can you present the platform to our board?",
  ] },
  { intent: "praise", texts: [
    "thank you so much for the help", "your team is awesome", "the new update is great", "just wanted to say thanks", "really happy with the service", "thanks for the super quick refund",
    "thank you for sorting out my login so fast", "the delivery came a day early, great job", "your billing team was very helpful", "the app has been rock solid since the update, thanks",
    "kudos to the support team", "hats off to your team", "the new dashboard is fantastic", "best support I've ever had", "you made my day", "excellent service as always",
    "not bad at all, I'm impressed", "setup was easier than I thought", "got the refund, thanks", "everything works perfectly now, thanks", "shout out to {agent} for the help",
    "brilliant work on the latest release", "loving the new features", "superb experience from order to delivery", "keep up the good work", "10/10 service", "nice work, everyone",
    "thank you for processing the refund so quickly", "the courier was so polite, thank you", "thanks for fixing the crash so quickly", "your invoice team sorted it out in minutes, thanks",
    "the password reset worked, thanks a lot", "the replacement arrived today, thank you", "thanks for waiving the late fee", "the new pricing page is much clearer, nice work",
    "your engineer's walkthrough was really useful, thanks", "the parcel came early and well packed, love it",
  ] },
  // Negated leaving: the ask is a question, not a cancellation.
  { intent: "general_query", lead: "low", texts: [
    "I don't want to cancel, I just want to change my plan", "not cancelling, just want to update my billing address", "I'm not leaving, just tell me how to pause deliveries",
    "no need to close the account, how do I remove my old card?", "not cancelling, can I put my plan on hold for a while?",
  ] },
];

/** Problem statements: the intent when no explicit ask follows. */
export const REPORTS: Report[] = [
  { intent: "billing_issue", texts: [
    "I was charged twice for {order}", "there's a charge of {amount} I don't recognise", "my invoice shows the wrong amount", "the payment failed but the money was deducted",
    "I got charged a late fee even though I paid on time", "my monthly bill increased without warning", "the {method} payment failed but my account was debited",
    "our invoice counts more seats than we use", "I was charged an international fee for a local purchase", "my card gets declined at checkout although it works elsewhere",
    "you charged me after I downgraded", "the invoice has the wrong tax number", "I keep getting charged {amount} for an add-on I never bought",
  ] },
  { intent: "delivery_issue", texts: [
    "my {item} hasn't arrived and it was due {time}", "the tracking says delivered but I never got it", "the {item} arrived damaged", "I received the wrong item", "one item is missing from {order}",
    "{order} is {days} days late", "I got someone else's parcel", "the courier marked it as a failed delivery but I was home", "the parcel got wet and the contents are ruined",
    "the {item} screen is cracked", "the order came with fewer items than I paid for", "the parcel was delivered to the wrong address", "an accessory is missing from the box",
    "I got a different colour than I ordered", "it was supposed to come {time} and it still isn't here", "it shows delivered but there was nothing at my door",
    "the {item} came in pieces", "half the order was missing", "the food came cold and late", "the box was crushed and the {item} inside is broken", "it went to the wrong house",
    "the model I got isn't the one I ordered", "the parcel was returned to sender without any attempt", "the {item} arrived a week after the promised date",
    "I received a {colour} {item} instead of the {colour} one I ordered", "I ordered {size} but got {size}", "the {item} I received isn't what I ordered", "they sent me a {colour} one instead",
    "my delivery is {days} days late and nobody tells me anything", "the delivery was due {time} and never came", "the order came {days} days after the date you promised",
    "the {item} was left with my neighbour by mistake", "the {item} came squashed", "my {item} arrived late and damaged", "the courier marked it attempted without ringing the bell",
    "the parcel went to an old address I never gave you",
  ] },
  { intent: "account_access", texts: [
    "I can't log in to my account", "the password reset link doesn't work", "I'm not getting the OTP", "my account is locked", "the invite to the workspace never arrived",
    "SSO login fails for our team", "I can't sign in after changing my phone", "Google sign-in keeps loading forever", "the reset email never arrives", "my account was deactivated without warning",
    "I'm locked out after too many attempts", "the 2FA code is always rejected",
    "the sign-in link never reaches my inbox", "login codes go to my old number", "the captcha won't let me sign in", "it says my account is suspended",
    "I forgot my password and the reset page errors out", "my team can't get past the SSO screen",
  ] },
  { intent: "technical_issue", texts: [
    "{product} crashes when I open it", "I get {error} when I save", "the sync between web and mobile is broken", "the api returns {error}", "pages take forever to load",
    "the export button does nothing", "notifications stopped working", "the integration stopped syncing", "the {area} is broken since the update", "the {area} shows the wrong data",
    "the {area} keeps timing out", "webhook calls return {error}", "the {area} is really slow today", "the app logs me out every few minutes", "the {area} shows the wrong time zone",
    "the {area} doesn't load on android", "scheduled tasks silently fail", "the app shows an outdated balance", "the {area} is down",
    "the {area} throws {error} on large files", "our automation stopped firing", "the {area} freezes after a few minutes", "the page goes blank when I click save",
    "uploads fail halfway", "the {area} has been erroring since this morning", "the connection keeps dropping", "every request to the api times out", "the numbers in the {area} don't add up",
    "the app hangs on the loading screen", "the {area} sends every event twice",
  ] },
  { intent: "complaint", texts: [
    "your agent was rude to me", "nobody answered my emails for a week", "the way my case was handled was unacceptable", "your support chat bot is useless", "your return policy is unfair",
    "I waited on hold for an hour", "nobody replies to my ticket", "your customer care never picks up the phone", "your staff keep giving me different answers",
    "I was promised a call back that never came", "your support keeps closing my ticket without solving anything", "the delivery guy was rude to me", "your sales rep was pushy",
    "your helpdesk is hopeless", "the courier tossed my parcel onto the porch", "I keep getting copy-paste replies from your team", "your bot keeps sending me in circles",
    "after years as a loyal customer this is the treatment I get", "your staff were dismissive", "your helpline hangs up on me", "every agent tells me something different",
    "your terms changed without any notice", "the technician never showed up",
    "{courier} was rude to me", "{courier} shouted at me at the door", "{courier} threw my parcel over the gate", "the staff at your store were dismissive",
    "the technician was rude and left before finishing", "your delivery executive was abusive on the phone", "the pickup point staff refused to hand over my parcel",
    "{courier} asked me for extra cash", "the installer didn't turn up in the slot I booked",
  ] },
  { intent: "order_tracking", texts: [
    "the tracking hasn't updated in {days} days", "my order still shows as processing", "I haven't had any shipping confirmation yet",
  ] },
];

export const CONTEXT = [
  "I ordered a {item} {time}.", "We've been customers for two years.", "I'm on the {plan}.", "I paid with {method}.", "Our team of {seats} uses your product daily.", "I contacted you {time}.",
  "We run an online store on your platform.", "I use the app every day for work.", "Our finance team flagged this.", "This is for our company account.", "I placed the order {time}.",
  "My account email is the one I'm writing from.", "We signed up {time}.",
];
/** A prospect shopping around: interest, not a leave signal (neutral, churn low). */
export const PROSPECT = [
  "We're evaluating a few tools for next year.", "We may replace our current vendor.", "We might move over from {competitor}.",
  "We're a {seats}-person team looking for a new tool.", "We're comparing a few vendors right now.", "Our current provider is too expensive, so we're looking around.",
  "We're shortlisting options for our support team.",
];
export const PROSPECT_INTENTS = new Set(["pricing_inquiry", "demo_request", "feature_request"]);
/** Courtesy formulas: they do not make a message positive (LABELS.md). */
export const COURTESY = ["Thanks in advance.", "Kindly look into it.", "Regards.", "Thank you.", "Appreciate your help.", "Hope you can help.", "Best regards.", "Please advise."];
export const FRUSTRATED = [
  "This is really frustrating.", "Honestly this is ridiculous.", "I'm so annoyed right now.", "Seriously, what is going on?", "This is unacceptable.", "Not happy at all.",
  "I'm fed up.", "So disappointed.", "What a mess.", "This is getting ridiculous.", "Terrible experience.", "Really poor service.", "I'm losing my patience.", "Very upset about this.",
  "How hard can it be?", "I'm sick of this.", "Not impressed.", "Awful.", "Pathetic service.", "This is a joke.", "Extremely disappointed.", "Shocking.", "Horrible experience so far.",
  "I'm not angry, just disappointed.", "Why is this so difficult?", "Is anyone even reading this??", "Nobody seems to care.", "Useless.",
  // Complaints about delay or silence are negative too, even when said calmly.
  "It's been {days} days.", "Still nothing.", "Still waiting.", "No one informed us.", "I never agreed to this.", "What's going on?",
  "Why does this keep happening?", "No one has replied yet.", "{days} din ho gaye.", "koi jawab nahi.", "Which one is right?", "This is taking forever.",
  "Nobody from your team has called back.", "I've been waiting since {time}.",
];
/** Insults and fraud accusations: very angry, so churn is high (LABELS.md rule 4). */
export const HOSTILE = [
  "You're nothing but thieves.", "This is a scam.", "You are frauds.", "Bunch of cheats.", "Absolutely disgusting service, you're crooks.", "This company is a fraud.",
  "Daylight robbery.", "You stole my money.",
];
export const POSITIVE = [
  "Love your product!", "You've been great so far.", "Big fan of your service.", "Thanks for the amazing support until now.", "Your app is fantastic.", "Really enjoying the new version.",
  "Great job on the latest update.", "Everything has been smooth so far.", "Your team has been brilliant.", "Honestly the best tool we use.", "Great product!", "The support has been excellent.",
];
/** Negated complaints: neutral openers, not negative. */
export const NOT_A_COMPLAINT = ["No issue with the product itself,", "Nothing wrong with the service,", "Not a complaint, just a question:", "All good otherwise,"];
export const REPEAT = [
  "This is my third email about this.", "Second time asking.", "I already asked {time} and got no answer.", "I've raised this {days} times now.", "Second follow-up.",
  "Writing again because nobody replied.", "How often do I need to ask?", "I've asked again and again.", "Still no response after my last {days} messages.", "Asking for the THIRD time now.",
];
// Sarcasm: praise words around a problem make the message negative (LABELS.md).
export const SARCASM_OPENERS = ["Oh great,", "Wow,", "Brilliant,", "Nice,", "Fantastic,", "Oh wonderful,", "Perfect,"];
export const SARCASM_CLOSERS = ["Great job.", "Love it.", "Just perfect.", "Wonderful.", "Amazing service as always.", "Thanks a lot.", "Fantastic.", "So helpful.", "Really appreciate it.", "Truly impressive.", "Well done.", "Just what I needed."];
export const THREAT = [
  "Otherwise I'm switching to {competitor}.", "If this isn't fixed I'm cancelling.", "I'll file a chargeback with my bank.", "We're already evaluating alternatives.", "I'm taking legal action if this continues.",
  "Never again.", "If this happens again I'm moving to {competitor}.", "I'm taking my business elsewhere.", "This is the last straw, we're looking at other vendors.", "Expect a complaint to the consumer forum.",
  "Never ordering from you again.", "Fix it or we walk.",
];
