// Deterministic stratified split: rows are grouped by source and intent (or by their first
// label when there is no intent), each group is shuffled with the seed and cut into train,
// validation and test in the same proportions.
import type { HouseRow } from "./schema/house-row.js";
import { derivedRandom, shuffle } from "./random.js";

export interface Split<T> {
  train: T[];
  valid: T[];
  test: T[];
}

export function stratifiedSplit<T extends HouseRow>(rows: readonly T[], validShare: number, testShare: number, seed: number): Split<T> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const key = `${r.source}|${r.labels.intent ?? Object.entries(r.labels).sort()[0]?.join("=") ?? ""}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(r);
  }
  const random = derivedRandom(seed, "split");
  const out: Split<T> = { train: [], valid: [], test: [] };
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!;
    shuffle(g, random);
    const nTest = Math.round(g.length * testShare);
    const nValid = Math.round(g.length * validShare);
    out.test.push(...g.slice(0, nTest));
    out.valid.push(...g.slice(nTest, nTest + nValid));
    out.train.push(...g.slice(nTest + nValid));
  }
  // Groups were visited in key order; shuffle so no consumer sees rows sorted by label.
  shuffle(out.train, random);
  shuffle(out.valid, random);
  shuffle(out.test, random);
  return out;
}
