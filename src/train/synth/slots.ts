// Slot values for the synthetic templates: products, orders, amounts, plans, competitors, …
// across e-commerce, SaaS, fintech and B2B tickets.
import { pick } from "../random.js";
import { HINGLISH_VARIANTS } from "./hinglish.js";

export const SLOTS: Record<string, readonly string[]> = {
  item: ["order", "parcel", "package", "shoes", "headphones", "phone case", "laptop", "jacket", "mixer grinder", "sofa", "kurta", "books", "watch", "charger", "mattress", "saree", "groceries", "tv", "earbuds", "backpack"],
  order: ["#4521", "#88231", "ORD-55412", "order 7719", "#A1290", "order no 30091", "#10025", "my last order", "order 2231", "#77810"],
  days: ["2", "3", "5", "7", "10", "12", "two", "three", "five", "ten"],
  amount: ["$49", "$120", "₹1,299", "₹499", "€35", "$9.99", "Rs 2500", "£60", "$300", "₹15,000"],
  plan: ["pro plan", "premium subscription", "annual plan", "business plan", "monthly subscription", "membership", "team plan", "starter plan", "enterprise contract", "prime membership"],
  product: ["the app", "your app", "the dashboard", "the website", "the mobile app", "the portal", "the checkout page", "the api", "the android app", "the ios app"],
  feature: ["dark mode", "bulk export", "SSO with Okta", "a Slack integration", "CSV import", "multi-currency invoices", "offline mode", "role-based permissions", "a Zapier integration", "UPI autopay", "two-factor login by email", "custom reports"],
  competitor: ["Freshdesk", "Zendesk", "Amazon", "Flipkart", "a competitor", "another provider", "Stripe", "Paytm", "your competitor", "HubSpot"],
  error: ["error 500", "a blank screen", "'something went wrong'", "a timeout", "error code 403", "a spinning wheel forever", "'payment failed'", "a 502 bad gateway"],
  team: ["our team", "my company", "our support team", "our 40 agents", "our sales team", "a team of 200", "our startup", "our agency"],
  seats: ["10", "25", "50", "100", "200", "500"],
  time: ["yesterday", "last week", "on monday", "3 days ago", "this morning", "two weeks ago", "last month"],
  courier: ["the courier", "the delivery guy", "your delivery partner", "the driver", "the shipping company"],
  area: ["reports page", "dashboard", "date picker", "search", "checkout", "notifications", "invoices page", "calendar sync", "CSV export", "Slack integration", "scheduled posts", "webhooks", "mobile app", "login page", "analytics module", "file upload", "payment page", "inbox"],
  agent: ["Priya", "Rahul", "Sarah", "the agent on chat", "your support rep", "Amit", "Maria"],
  colour: ["black", "blue", "red", "green", "grey", "white", "navy", "pink", "brown", "silver"],
  size: ["S", "M", "L", "XL", "size 8", "size 10", "the small", "the large"],
  method: ["UPI", "my credit card", "PayPal", "net banking", "debit card", "Apple Pay", "wallet"],
};

/** Fills each {slot} of a template with a value drawn from SLOTS or the Hinglish variants. */
export function fillSlots(template: string, random: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const values = SLOTS[name] ?? HINGLISH_VARIANTS[name];
    if (!values) throw new Error(`template slot {${name}} has no values`);
    return pick(values, random);
  });
}

export function slotNames(): string[] {
  return Object.keys(SLOTS);
}
