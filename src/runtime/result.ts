// Classification results, in the shape the reference engine returns so its users can switch
// without rewriting: one key per head with {label, confidence, scores}, the top-k of the
// main head, the human_readable block, and debug details on request.
import type { HeadSlot } from "./engine.js";
import { narrate, type HeadView, type HumanReadable } from "./narrative.js";

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
}

/** One key per head (`department`, `intent`, …) plus `<head>_top_k`, `human_readable`, `debug`. */
export type ClassificationResult = {
  [key: string]: HeadResult | TopKEntry[] | HumanReadable | DebugInfo | undefined;
  human_readable: HumanReadable;
  debug?: DebugInfo;
};

/** Index of the head's label and its probability; ties go to the lowest index. */
export function pickLabel(h: HeadSlot, probs: Float32Array): { index: number; p: number } {
  if (h.activation === "sigmoid") {
    const high = probs[h.offset]!;
    return high >= 0.5 ? { index: 1, p: high } : { index: 0, p: Math.fround(1 - high) };
  }
  let best = 0;
  let bestP = probs[h.offset]!;
  for (let i = 1; i < h.rows; i++) {
    const p = probs[h.offset + i]!;
    if (p > bestP) (best = i), (bestP = p);
  }
  return { index: best, p: bestP };
}

/** Probability of label i of the head. */
export function labelProbability(h: HeadSlot, probs: Float32Array, i: number): number {
  if (h.activation === "sigmoid") return i === 1 ? probs[h.offset]! : Math.fround(1 - probs[h.offset]!);
  return probs[h.offset + i]!;
}

/** The k most likely labels, highest first; equal probabilities keep label order. */
export function topK(h: HeadSlot, probs: Float32Array, k: number): TopKEntry[] {
  const n = h.labels.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => labelProbability(h, probs, b) - labelProbability(h, probs, a) || a - b);
  return order.slice(0, Math.min(k, n)).map((i) => ({ label: h.labels[i]!, confidence: labelProbability(h, probs, i) }));
}

export function buildResult(heads: readonly HeadSlot[], probs: Float32Array, topKHead: HeadSlot | null, k: number): ClassificationResult {
  const result = {} as ClassificationResult;
  const views: Record<string, HeadView> = {};
  for (const h of heads) {
    const scores: Record<string, number> = {};
    let best = -1;
    let bestP = -1;
    let second = -1;
    let secondP = -1;
    for (let i = 0; i < h.labels.length; i++) {
      const p = labelProbability(h, probs, i);
      scores[h.labels[i]!] = p;
      if (p > bestP) (second = best), (secondP = bestP), (best = i), (bestP = p);
      else if (p > secondP) (second = i), (secondP = p);
    }
    // The sigmoid head's label follows its threshold, not the larger score (they agree).
    const pick = pickLabel(h, probs);
    result[h.name] = { label: h.labels[pick.index]!, confidence: pick.p, scores };
    views[h.name] = {
      label: h.labels[pick.index]!,
      confidence: pick.p,
      runnerUp: second >= 0 ? h.labels[second]! : "",
      runnerUpConfidence: second >= 0 ? secondP : 0,
    };
  }
  if (topKHead !== null) result[`${topKHead.name}_top_k`] = topK(topKHead, probs, k);
  result.human_readable = narrate(views);
  return result;
}
