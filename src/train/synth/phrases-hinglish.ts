// Hindi-English code-mixed phrase banks (Latin script) for compositional tickets: the same
// roles as phrases.ts, so composed tickets mix Hinglish and English parts the way customers
// do. {nahi} and friends are spelling variants (hinglish.ts).
import type { Ask, Report } from "./phrases.js";

export const HINGLISH_ASKS: Ask[] = [
  { intent: "refund", texts: [
    "refund {karo} please", "{paisa} wapas {karo}", "mera refund kab aayega?", "refund status batao", "{paisa} wapas {chahiye}", "duplicate payment wapas {karo}",
    "refund kab tak milega?", "mujhe refund {chahiye} {order} ka",
  ] },
  { intent: "billing_issue", texts: [
    "ye charge kis cheez ka hai? {amount} kata hai", "invoice theek {karo}", "bill itna zyada {kyun} aaya?", "late fee {kyun} lagi? maine time pe pay kiya tha",
  ] },
  { intent: "cancellation", leaving: true, texts: [
    "mera {plan} cancel {karo}", "subscription band {karo}", "account delete {karo}", "auto renewal band {karo}", "membership cancel karni hai",
  ] },
  { intent: "cancellation", department: "logistics", texts: [
    "{order} cancel {karo}", "order cancel {karo}, galti se ho gaya", "poora order cancel {karo} please",
  ] },
  { intent: "delivery_issue", texts: [
    "replacement bhejo please", "sahi item bhejo {bhai}", "missing item bhejo {jaldi}",
  ] },
  { intent: "order_tracking", texts: [
    "mera order kab aayega?", "{order} ka status kya hai?", "tracking number bhejo", "parcel kahan hai mera?", "order kab tak deliver hoga?", "delivery kab hogi {bhai}?",
  ] },
  { intent: "order_change", texts: [
    "address change {karo} {order} ka", "size badalna hai, M se L {karo}", "delivery kal ki jagah saturday ko {karo}", "ek aur {item} add {karo}", "phone number update {karo} order pe",
  ] },
  { intent: "account_access", texts: [
    "password reset {karo} please", "account unlock {karo}", "OTP dobara bhejo", "mera account wapas chalu {karo}",
  ] },
  { intent: "technical_issue", texts: [
    "{area} theek {karo} {jaldi}", "ye bug kab fix hoga?", "app fix {karo} please",
  ] },
  { intent: "feature_request", texts: [
    "{feature} ka option add {karo}", "{feature} kab tak aayega?", "{feature} bhi de do please",
  ] },
  { intent: "general_query", lead: "low", texts: [
    "invoice kaise download kare?", "customer care ka time kya hai?", "payment method kaise change kare?", "subscription pause ho sakta hai kya?", "return kaise kare?",
  ] },
  { intent: "general_query", lead: "medium", texts: [
    "kya aap COD dete ho?", "kya aap mere pincode pe deliver karte ho?", "kya ye Salesforce ke saath chalta hai?", "trial badha sakte ho kya?",
  ] },
  { intent: "pricing_inquiry", texts: [
    "{plan} ka price kya hai?", "{seats} users ke liye kitna lagega?", "koi discount hai kya?", "upgrade karne ka kitna charge hai?", "quote bhejo {seats} seats ka",
  ] },
  { intent: "demo_request", texts: [
    "demo {chahiye} {team} ke liye", "product ka demo dikha sakte ho?", "ek call pe walkthrough de do", "demo kab ho sakta hai?",
  ] },
  { intent: "praise", texts: [
    "bahut badhiya service, thank you", "app mast hai", "shukriya {bhai}, problem solve ho gayi", "delivery bahut fast thi, thanks", "support team bahut helpful thi",
    "refund mil gaya, thank you team", "zabardast kaam, keep it up",
  ] },
];

export const HINGLISH_REPORTS: Report[] = [
  { intent: "billing_issue", texts: [
    "do baar {paisa} kat gaya", "{method} se payment fail {hua} par {paisa} kat gaye", "invoice mein amount galat hai", "extra charge laga hai bina bataye",
  ] },
  { intent: "delivery_issue", texts: [
    "order {abhi} tak {nahi} aaya, {days} din late hai", "delivered dikha raha hai par parcel {nahi} {mila}", "{item} toota hua aaya", "galat item aaya hai",
    "ek item missing hai", "delivery {days} din late hai", "box kharab haalat mein aaya",
  ] },
  { intent: "account_access", texts: [
    "login {nahi} ho raha", "OTP {nahi} aa raha", "account lock ho gaya", "reset link {nahi} {mila}",
  ] },
  { intent: "technical_issue", texts: [
    "app crash ho raha hai", "app chal {nahi} raha", "{error} aa raha hai", "website bahut slow hai", "sync kaam {nahi} kar raha", "{area} kaam {nahi} kar raha",
  ] },
  { intent: "complaint", texts: [
    "helpline pe koi phone {nahi} uthata", "koi reply {nahi} karta", "agent ne bahut rude baat ki", "2 ghante se wait kar raha hu", "bahut ghatiya service hai",
  ] },
];

export const HINGLISH_FRUSTRATED = [
  "ye kya bakwas hai.", "kitni baar bolu?", "{days} din ho gaye.", "koi jawab {nahi}.", "bahut pareshan hu.", "hadd hai yaar.", "ghatiya service.",
];
export const HINGLISH_REPEAT = ["teesri baar bol raha hu.", "dusri baar puch raha hu.", "kitni baar complain karu?"];
export const HINGLISH_THREAT = ["warna {competitor} pe shift ho jaunga.", "chargeback karunga.", "consumer court jaunga.", "dobara kabhi order {nahi} karunga."];
export const HINGLISH_POSITIVE = ["app ekdum badhiya hai.", "aapki service badhiya hai.", "ab tak sab mast tha."];
