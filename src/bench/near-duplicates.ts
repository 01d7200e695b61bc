// Near-copies between a validation split carved from train and the rest of train. TweetEval's
// training tweets repeat (retweets, copied news lines, the same text with another mention), so a
// random validation split holds near-copies of training tweets that the test split does not; they
// reward memorizing and steer model selection the wrong way. Validation rows with a near-copy in
// train move to train: nothing is dropped.
//
// A near-copy shares at least `threshold` of the union of the two word sets (Jaccard similarity;
// case, mentions and URLs ignored). Candidates come from an inverted index over words that occur
// in fewer than RARE_WORD_ROWS train rows, so two texts made only of very common words are not
// compared (they are short and generic, and not the copies that matter).
import type { SourceRow } from "../train/datasets/report.js";

const RARE_WORD_ROWS = 2000;

export function wordSet(text: string): Set<string> {
  const t = text.toLowerCase().replace(/https?:\/\/\S+/g, " ").replace(/@\w+/g, " ");
  return new Set(t.match(/[\p{L}\p{N}']+/gu) ?? []);
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

export function separateNearDuplicates(valid: SourceRow[], train: SourceRow[], threshold = 0.5): { valid: SourceRow[]; train: SourceRow[]; moved: number } {
  const sets = train.map((r) => wordSet(r.text));
  const index = new Map<string, number[]>();
  sets.forEach((words, i) => {
    for (const w of words) {
      const rows = index.get(w);
      if (rows) rows.push(i);
      else index.set(w, [i]);
    }
  });
  const kept: SourceRow[] = [];
  const moved: SourceRow[] = [];
  for (const row of valid) {
    const words = wordSet(row.text);
    const candidates = new Set<number>();
    for (const w of words) {
      const rows = index.get(w);
      if (rows && rows.length < RARE_WORD_ROWS) for (const i of rows) candidates.add(i);
    }
    const copy = [...candidates].some((i) => jaccard(words, sets[i]!) >= threshold);
    (copy ? moved : kept).push(row);
  }
  return { valid: kept, train: [...train, ...moved], moved: moved.length };
}
