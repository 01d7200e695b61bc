// Hindi-English code-mixed tickets in Latin script, and the phrase map that normalizes their
// common words to English in the model file (so what the model learns from English transfers).
// {nahi} and friends are spelling variants the generator picks from.
import type { Scenario } from "./templates.js";

export const HINGLISH_VARIANTS: Record<string, readonly string[]> = {
  nahi: ["nahi", "nhi", "nahin", "nai"],
  paisa: ["paisa", "paise", "paisaa"],
  mila: ["mila", "mili", "milaa"],
  karo: ["karo", "kardo", "kar do", "krdo", "kr do"],
  bhai: ["bhai", "yaar", "bhaiya", "sir"],
  jaldi: ["jaldi", "jldi", "jaldi se"],
  abhi: ["abhi", "abhi tak", "ab tak"],
  kyun: ["kyun", "kyu", "kyon"],
  hua: ["hua", "hui", "ho gaya", "ho gya"],
  chahiye: ["chahiye", "chahie", "chaiye"],
};

const h = (id: string, intent: string, sentiment: Scenario["sentiment"], lead: Scenario["lead"], churn: Scenario["churn"], templates: string[], department?: string): Scenario => ({
  id: `hinglish-${id}`, intent, sentiment, lead, churn, templates, ...(department ? { department } : {}),
});

export const HINGLISH_SCENARIOS: Scenario[] = [
  h("refund", "refund", "neutral", "low", "low", [
    "refund {nahi} {mila} yet for {order}",
    "mera refund kab aayega? {order} return kar diya tha",
    "{paisa} wapas {chahiye}, {item} return ho gaya hai",
    "{bhai} refund status batao {order} ka",
    "refund {karo} please, order cancel ho gaya tha",
  ]),
  h("refund-angry", "refund", "negative", "low", "high", [
    "{bhai} teesri baar bol raha hu, refund {abhi} {nahi} aaya. chargeback karunga",
    "kitni baar bolu? {paisa} wapas {karo} {jaldi}, bakwas service",
    "refund {nahi} {mila} {days} hafte se, fraud hai kya?",
  ]),
  h("billing", "billing_issue", "neutral", "low", "low", [
    "do baar {paisa} kat gaya {order} ke liye",
    "{method} se payment fail {hua} but {paisa} kat gaye",
    "invoice mein amount galat hai, {amount} likha hai",
  ]),
  h("cancel-sub", "cancellation", "neutral", "low", "high", [
    "mera {plan} cancel {karo}",
    "subscription band karna hai, ab {nahi} {chahiye}",
    "account delete {karo} please, {competitor} pe shift ho raha hu",
  ]),
  h("cancel-order", "cancellation", "neutral", "low", "low", [
    "galti se order ho gaya, {order} cancel {karo}",
    "{order} cancel {karo} please, galat size order ho gaya",
  ], "logistics"),
  h("delivery", "delivery_issue", "negative", "low", "low", [
    "order {abhi} {nahi} aaya, {days} din late hai",
    "delivered dikha raha hai par parcel {nahi} {mila}",
    "{item} toota hua aaya, box kharab tha",
    "galat item bhej diya {bhai}, maine {item} order kiya tha",
  ]),
  h("tracking", "order_tracking", "neutral", "low", "low", [
    "mera order kab aayega?",
    "{order} ka status kya hai?",
    "tracking number bhejo {order} ka",
    "{bhai} order kahan hai mera? kab tak deliver hoga",
  ]),
  h("order-change", "order_change", "neutral", "low", "low", [
    "address change {karo} {order} ka",
    "size badalna hai, M se L {karo}",
    "delivery saturday ko {karo} please",
  ]),
  h("access", "account_access", "neutral", "low", "low", [
    "login {nahi} ho raha, password reset {karo}",
    "OTP {nahi} aa raha, account mein {nahi} ja pa raha",
    "account lock ho gaya, {jaldi} kholo",
  ]),
  h("tech", "technical_issue", "negative", "low", "low", [
    "app kharab hai, {kyun} crash ho raha hai?",
    "app chal {nahi} raha, {error} aa raha hai",
    "website bahut slow hai, payment page load {nahi} ho raha",
    "sync kaam {nahi} kar raha {bhai}, {jaldi} fix {karo}",
  ]),
  h("complaint", "complaint", "negative", "low", "low", [
    "customer care wale ne bahut rude baat ki",
    "2 ghante se chat pe wait kar raha hu, koi reply {nahi}",
    "bakwas service hai, koi sunta hi {nahi}",
  ]),
  h("feature", "feature_request", "neutral", "medium", "low", [
    "{feature} ka option add {karo} please",
    "{feature} kab tak aayega? bahut zaroorat hai",
  ]),
  h("general", "general_query", "neutral", "low", "low", [
    "invoice kaise download kare?",
    "customer care ka time kya hai?",
    "payment method kaise change kare?",
    "subscription pause ho sakta hai kya? cancel {nahi} karna",
  ]),
  h("pricing", "pricing_inquiry", "neutral", "high", "low", [
    "{plan} ka price kya hai?",
    "{seats} users ke liye quote bhejo",
    "koi discount hai kya annual plan pe?",
  ]),
  h("demo", "demo_request", "neutral", "high", "low", [
    "demo chahiye {team} ke liye, kab ho sakta hai?",
    "product ka demo dikha sakte ho kya?",
  ]),
  h("tracking-urgent", "order_tracking", "negative", "low", "low", [
    "{jaldi} bolo mera package kidhar hai",
    "kitne din aur lagenge? order {abhi} tak {nahi} aaya, status batao",
  ]),
  h("cancel-card", "cancellation", "neutral", "low", "high", [
    "plan band karna hai, renewal cancel {karo}",
    "membership band {karo}, auto renewal off {karo}",
  ]),
  h("praise-solved", "praise", "positive", "medium", "low", [
    "shukriya {bhai}, sab theek {hua}",
    "problem fix ho gaya, thanks team!",
  ]),
  h("praise", "praise", "positive", "medium", "low", [
    "bahut badhiya service, thank you {bhai}!",
    "app mast hai, maza aa gaya",
    "delivery bahut fast thi, shukriya",
  ]),
];

/**
 * The phrase map shipped in the model file: romanized Hindi → English. Multi-word phrases
 * are matched before the words they contain.
 */
export const HINGLISH_MAP: Record<string, string> = {
  nahi: "not", nhi: "not", nahin: "not", nai: "not",
  paisa: "money", paise: "money", paisaa: "money",
  "paise wapas": "refund", "paisa wapas": "refund", wapas: "back",
  mila: "received", mili: "received", milaa: "received",
  "kar do": "please do", "kr do": "please do", kardo: "please do", krdo: "please do", karo: "please do",
  chahiye: "want", chahie: "want", chaiye: "want",
  jaldi: "urgent", jldi: "urgent",
  abhi: "now", kab: "when", kyun: "why", kyu: "why", kyon: "why",
  kharab: "broken", bekar: "bad", bakwas: "bad", dobara: "again",
  "ho gaya": "happened", "ho gya": "happened", hua: "happened", hui: "happened",
  kahan: "where", kaise: "how", galat: "wrong", toota: "broken",
  "band karna": "cancel", "band karo": "cancel", "band kardo": "cancel", "band kar do": "cancel", badalna: "change",
  "kat gaye": "deducted", "kat gaya": "deducted", "kat gya": "deducted", kata: "deducted", "kaat liya": "deducted", "kaat liye": "deducted",
  "wapas karo": "refund", "wapas kardo": "refund", "wapas kar do": "refund",
  ghatiya: "terrible", bekaar: "bad", faltu: "useless",
  "teesri baar": "third time", "tisri baar": "third time", "dusri baar": "second time", "doosri baar": "second time", "kitni baar": "how many times",
  mehenga: "expensive", mehnga: "expensive", mahanga: "expensive",
  accha: "good", acha: "good", achha: "good", badhiya: "great", mast: "great", zabardast: "excellent",
  shukriya: "thanks", dhanyavad: "thanks", dhanyawad: "thanks",
  aaya: "arrived", aayi: "arrived", aaye: "arrived", aayega: "arrive", aayegi: "arrive",
  bhejo: "send", batao: "tell", din: "days", hafte: "weeks", mahine: "months",
  "puch raha": "asking", "pooch raha": "asking", "bol raha": "saying",
  jawab: "reply", lekin: "but", "galti se": "by mistake", "kab tak": "when",
  // Declining in Hindi order ("refund nahi chahiye", "cancel nahi karna"): "not wanted" after the
  // object, which the negation marking reads backwards (src/train/negated-requests.ts).
  ...declined(HINGLISH_VARIANTS.nahi!, [...HINGLISH_VARIANTS.chahiye!, "karna", "krna", "karni", "chahta", "chahti", "chahte", "karna chahta", "karna chahti", "karna chahte"]),
};

function declined(negators: readonly string[], verbs: readonly string[]): Record<string, string> {
  return Object.fromEntries(negators.flatMap((n) => verbs.map((v) => [`${n} ${v}`, "not wanted"])));
}
