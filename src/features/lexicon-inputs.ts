// The sentiment lexicon's inputs. Each token of known polarity counts in one of four classes
// (positive, strong positive, negative, strong negative); a negator among the NEGATION_WINDOW
// tokens before it flips its polarity ("not good" counts as negative, "not bad" as positive).
// The polarities also add up to a score (±1 weak, ±2 strong) whose bin is one more input.
// Words the training data never showed still reach the network through their class, which is
// what makes the lexicon worth having next to the bag of words.
import type { SentimentLexicon } from "../model/types.js";

export const NEGATION_WINDOW = 3;

/** Polarity of each lexicon list: ±1 weak, ±2 strong. */
export const LEXICON_POLARITY: Record<Exclude<keyof SentimentLexicon, "negators">, number> = {
  positive: 1,
  strongPositive: 2,
  negative: -1,
  strongNegative: -2,
};

/** The polarity a word of polarity p takes at token `index` when the last negator was at `lastNegator`. */
export function effectivePolarity(p: number, index: number, lastNegator: number): number {
  return index - lastNegator <= NEGATION_WINDOW ? -p : p;
}

/** Offset in the lexicon block of the class of polarity p (≠ 0): +1, +2, −1, −2 → 0, 1, 2, 3. */
export function polarityInput(p: number): number {
  return p > 0 ? p - 1 : 1 - p;
}

/** Offset in the lexicon block of the score's bin: ≤ −3, −2..−1, 0, 1..2, ≥ 3 → 4..8. */
export function scoreBinInput(score: number): number {
  return score <= -3 ? 4 : score < 0 ? 5 : score === 0 ? 6 : score < 3 ? 7 : 8;
}
