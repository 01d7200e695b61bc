// Classification results, in the shape the reference engine returns so its users can switch
// without rewriting: one key per head with {label, confidence, scores}, the top-k of the
// main head, the human_readable block, and debug details on request.
import type { HeadSlot } from "./engine.js";
import { Narrator, type HeadView, type HumanReadable } from "./narrative.js";

export interface HeadResult {
  label: string;
  confidence: number;
  /** Probability of every label of the head. */
  scores: Record<string, number>;
}

export interface TopKEntry {
  label: string;
  confidence: number;
}

export interface DebugInfo {
  normalized_text: string;
  tokens: string[];
  feature_size: number;
  /** Every nonzero input as [index, value], ascending by index. */
  features: [number, number][];
  /** Keyword phrases whose flags fired. */
  keywords: string[];
  /** Models with a sentiment lexicon: its words in the text, with the polarity each took (negators flip it). */
  sentiment_words?: [string, number][];
  /** For each token: whether the model's vocabularies know it. */
  known: boolean[];
}

/** One key per head (`department`, `intent`, …) plus `<head>_top_k`, `human_readable`, `debug`. */
export type ClassificationResult = {
  [key: string]: HeadResult | TopKEntry[] | HumanReadable | DebugInfo | undefined;
  human_readable: HumanReadable;
  debug?: DebugInfo;
};

/** Probability of label i of the head (a sigmoid head's one output is P(labels[1])). */
export function labelProbability(h: HeadSlot, probs: Float32Array, i: number): number {
  if (h.activation === "sigmoid") return i === 1 ? probs[h.offset]! : Math.fround(1 - probs[h.offset]!);
  return probs[h.offset + i]!;
}

/** The head's label: the first index holding the maximum; a sigmoid head: labels[1] at p ≥ 0.5. */
export function pickLabel(h: HeadSlot, probs: Float32Array): number {
  if (h.activation === "sigmoid") return probs[h.offset]! >= 0.5 ? 1 : 0;
  let best = 0;
  for (let i = 1; i < h.rows; i++) if (probs[h.offset + i]! > probs[h.offset + best]!) best = i;
  return best;
}

/** Builds results for one model: label strings and templates are prepared once. */
export class ResultBuilder {
  private readonly narrator: Narrator;
  private readonly views: HeadView[];
  private readonly topKey: string;
  private readonly chosen: Uint8Array;

  constructor(
    private readonly heads: readonly HeadSlot[],
    private readonly topHead: HeadSlot | null,
  ) {
    this.narrator = new Narrator(heads);
    this.views = heads.map(() => ({ index: 0, confidence: 0, runnerUp: -1, runnerUpConfidence: 0 }));
    this.topKey = topHead ? `${topHead.name}_top_k` : "";
    this.chosen = new Uint8Array(topHead?.labels.length ?? 0);
  }

  build(probs: Float32Array, k: number): ClassificationResult {
    const result = {} as ClassificationResult;
    for (let hi = 0; hi < this.heads.length; hi++) {
      const h = this.heads[hi]!;
      const scores: Record<string, number> = {};
      let second = -1;
      let secondP = -1;
      const pick = pickLabel(h, probs);
      for (let i = 0; i < h.labels.length; i++) {
        const p = labelProbability(h, probs, i);
        scores[h.labels[i]!] = p;
        if (i !== pick && p > secondP) (second = i), (secondP = p);
      }
      const confidence = labelProbability(h, probs, pick);
      result[h.name] = { label: h.labels[pick]!, confidence, scores };
      const view = this.views[hi]!;
      view.index = pick;
      view.confidence = confidence;
      view.runnerUp = second;
      view.runnerUpConfidence = second >= 0 ? secondP : 0;
    }
    if (this.topHead) result[this.topKey] = this.topK(this.topHead, probs, k);
    result.human_readable = this.narrator.narrate(this.views);
    return result;
  }

  /** The k most likely labels, highest first; equal probabilities keep label order. */
  topK(h: HeadSlot, probs: Float32Array, k: number): TopKEntry[] {
    const n = h.labels.length;
    const out: TopKEntry[] = [];
    const chosen = this.chosen.length >= n ? this.chosen : new Uint8Array(n);
    chosen.fill(0);
    for (let j = 0; j < Math.min(k, n); j++) {
      let best = -1;
      let bestP = -1;
      for (let i = 0; i < n; i++) {
        const p = labelProbability(h, probs, i);
        if (chosen[i] === 0 && p > bestP) (best = i), (bestP = p);
      }
      chosen[best] = 1;
      out.push({ label: h.labels[best]!, confidence: bestP });
    }
    return out;
  }
}
