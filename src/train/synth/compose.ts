// Compositional synthetic tickets: an explicit ask or a problem report (which set the intent)
// combined with optional context, tone, follow-up, threat and courtesy clauses (which set
// sentiment and churn risk by the rules of LABELS.md). A report followed by an ask of another
// intent takes the ask's intent ("the one carrying the explicit request wins"). Combining
// parts teaches the model which part carries which label, so it generalizes to messages no
// template spelled out. The phrases live in phrases.ts.
import type { HouseRow } from "../schema/house-row.js";
import { DEPARTMENT_OF_INTENT, LEAD_OF_INTENT } from "../schema/rules.js";
import { derivedRandom, pick } from "../random.js";
import { addNoise } from "./noise.js";
import { ASKS, CONTEXT, COURTESY, FRUSTRATED, HOSTILE, NOT_A_COMPLAINT, POSITIVE, PROSPECT, PROSPECT_INTENTS, REPEAT, REPORTS, SARCASM_CLOSERS, SARCASM_OPENERS, THREAT, type Ask, type Report } from "./phrases.js";
import { HINGLISH_ASKS, HINGLISH_FRUSTRATED, HINGLISH_POSITIVE, HINGLISH_REPEAT, HINGLISH_REPORTS, HINGLISH_THREAT } from "./phrases-hinglish.js";
import { fillSlots as fill } from "./slots.js";

const SARCASTIC_INTENTS = new Set(["delivery_issue", "technical_issue", "account_access", "billing_issue", "order_tracking", "complaint"]);
const MONEY = new Set(["refund", "billing_issue"]);
/** Asks that take no problem report of another intent before them. */
const STANDALONE = new Set(["praise", "demo_request", "complaint"]);

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const endSentence = (s: string) => (/[.?!:,]$/.test(s) ? s : `${s}.`);

interface Core {
  ask?: Ask;
  report?: Report;
  intent: string;
}

/** Phrase pools of one ticket: English, or code-mixed (each part Hinglish or English). */
interface Pools {
  asks: () => Ask[];
  reports: () => Report[];
  clause: (english: readonly string[], hinglish: readonly string[]) => readonly string[];
}

function pools(hinglish: boolean, random: () => number): Pools {
  const mixed = () => hinglish && random() < 0.7;
  return {
    asks: () => (mixed() ? HINGLISH_ASKS : ASKS),
    reports: () => (mixed() ? HINGLISH_REPORTS : REPORTS),
    clause: (english, hinglish) => (mixed() ? hinglish : english),
  };
}

function core(p: Pools, random: () => number): Core {
  if (random() < 0.3) {
    const report = pick(p.reports(), random);
    return { report, intent: report.intent };
  }
  const ask = pick(p.asks(), random);
  if (STANDALONE.has(ask.intent) || random() >= 0.3) return { ask, intent: ask.intent };
  const reports = p.reports();
  const pool = ask.intent === "complaint" ? reports.filter((r) => r.intent === "complaint") : reports;
  return { ask, report: pick(pool, random), intent: ask.intent };
}

/** `hinglishShare` of the tickets are code-mixed. */
export function composeSynthetic(count: number, seed: number, weight = 1, hinglishShare = 0): HouseRow[] {
  const random = derivedRandom(seed, "compose");
  const rows: HouseRow[] = [];
  for (let i = 0; i < count; i++) {
    const p = pools(random() < hinglishShare, random);
    const { ask, report, intent } = core(p, random);
    const parts: string[] = [];
    const tone = random();
    // Praise is positive by nature; praise before a real ask keeps the ask's intent.
    const positive = intent === "praise" || (tone < 0.12 && ask !== undefined && !report && intent !== "complaint");
    const frustrated = !positive && (intent === "complaint" || tone > 0.6);
    const repeat = frustrated && random() < 0.3;
    const threat = frustrated && random() < 0.25;
    const hostile = frustrated && random() < 0.1;
    const prospect = ask !== undefined && !report && (PROSPECT_INTENTS.has(intent) || ask.lead === "medium");
    if (prospect && !frustrated && random() < 0.3) parts.push(fill(pick(PROSPECT, random), random));
    else if (random() < 0.3) parts.push(fill(pick(CONTEXT, random), random));
    if (positive && intent !== "praise") parts.push(pick(p.clause(POSITIVE, HINGLISH_POSITIVE), random));
    if (repeat) parts.push(fill(pick(p.clause(REPEAT, HINGLISH_REPEAT), random), random));
    if (frustrated && random() < 0.7) parts.push(fill(pick(p.clause(FRUSTRATED, HINGLISH_FRUSTRATED), random), random));
    if (!positive && !frustrated && random() < 0.05) parts.push(pick(NOT_A_COMPLAINT, random));
    if (report) parts.push(endSentence(sentence(fill(pick(report.texts, random), random))));
    if (ask) parts.push(endSentence(sentence(fill(pick(ask.texts, random), random))));
    if (threat) parts.push(fill(pick(p.clause(THREAT, HINGLISH_THREAT), random), random));
    if (hostile) parts.push(pick(HOSTILE, random));
    const sarcastic = !positive && (!frustrated || intent === "complaint") && SARCASTIC_INTENTS.has(intent) && random() < 0.25;
    if (sarcastic) {
      parts.unshift(pick(SARCASM_OPENERS, random));
      parts.push(pick(SARCASM_CLOSERS, random));
    } else if (!positive && random() < 0.2) parts.push(pick(COURTESY, random));
    const orderCancel = ask?.intent === "cancellation" && ask.department === "logistics";
    // LABELS.md churn: leaving, a leave signal, very angry, a repeated money follow-up, an
    // order cancelled out of dissatisfaction.
    const churn = ask?.leaving || threat || hostile || (repeat && MONEY.has(intent)) || (orderCancel && (frustrated || report !== undefined)) ? "high" : "low";
    const sentiment = positive ? "positive" : frustrated || sarcastic ? "negative" : "neutral";
    const order = sarcastic || random() < 0.6 ? parts : [...parts.slice(-1), ...parts.slice(0, -1)];
    rows.push({
      text: addNoise(order.join(" "), random),
      labels: {
        intent,
        department: ask?.department ?? DEPARTMENT_OF_INTENT[intent]!,
        sentiment,
        lead_intent: ask?.lead ?? LEAD_OF_INTENT[intent]!,
        churn_risk: churn,
      },
      source: "synthetic",
      weight,
    });
  }
  return rows;
}
