// Synthetic rows: scenarios × slot values × style noise, labelled on all five heads by
// construction. The same seed and count give the same rows.
import type { HouseRow } from "../schema/house-row.js";
import { DEPARTMENT_OF_INTENT } from "../schema/rules.js";
import { derivedRandom } from "../random.js";
import { HINGLISH_SCENARIOS } from "./hinglish.js";
import { composeSynthetic } from "./compose.js";
import { addNoise, DEFAULT_NOISE, type NoiseOptions } from "./noise.js";
import { fillSlots } from "./slots.js";
import { SCENARIOS, type Scenario } from "./templates.js";

export interface SynthOptions {
  count: number;
  seed: number;
  /** Share of the rows in Hindi-English code-mix (composed and whole-ticket alike). */
  hinglishShare: number;
  noise?: NoiseOptions;
  weight?: number;
}

export function scenarioLabels(sc: Scenario): Record<string, string> {
  return {
    intent: sc.intent,
    department: sc.department ?? DEPARTMENT_OF_INTENT[sc.intent]!,
    sentiment: sc.sentiment,
    lead_intent: sc.lead,
    churn_risk: sc.churn,
  };
}

/** Three quarters of the rows composed from parts (compose.ts), a quarter whole-ticket scenarios. */
export function generateSynthetic(o: SynthOptions): HouseRow[] {
  const random = derivedRandom(o.seed, "synthetic");
  const composed = Math.floor(o.count * 0.75);
  const rows: HouseRow[] = composeSynthetic(composed, o.seed, o.weight ?? 1, o.hinglishShare);
  for (let i = composed; i < o.count; i++) {
    const pool = random() < o.hinglishShare ? HINGLISH_SCENARIOS : SCENARIOS;
    const sc = pool[Math.floor(random() * pool.length)]!;
    const template = sc.templates[Math.floor(random() * sc.templates.length)]!;
    const text = addNoise(fillSlots(template, random), random, o.noise ?? DEFAULT_NOISE);
    rows.push({ text, labels: scenarioLabels(sc), source: "synthetic", weight: o.weight ?? 1 });
  }
  return rows;
}

export { SCENARIOS, HINGLISH_SCENARIOS };
