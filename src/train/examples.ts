// Training examples in compact form: each row's features extracted once (with the same
// normalizer and extractor inference uses) and stored as flat arrays.
import { FeatureExtractor } from "../features/extractor.js";

export interface HeadSpec {
  name: string;
  labels: string[];
  activation: "softmax" | "sigmoid";
}

export interface Examples {
  count: number;
  /** Sparse inputs of example i: ids/vals[featStart[i] .. featStart[i+1]). */
  featStart: Int32Array;
  featIds: Int32Array;
  featVals: Float32Array;
  /** Embedding rows of example i: embRows[embStart[i] .. embStart[i+1]). */
  embStart: Int32Array;
  embRows: Int32Array;
  /** Label index per head and example; −1 where the head is unlabelled (masked out). */
  labels: Int32Array[];
  /** Per-example weight (source weight, correction boost). */
  weights: Float32Array;
}

export interface LabelledText {
  text: string;
  labels: Record<string, string | undefined>;
  weight: number;
}

/** Extracts features of every row; labels outside a head's label list are an error. */
export function buildExamples(
  rows: readonly LabelledText[],
  heads: readonly HeadSpec[],
  normalize: (text: string) => string,
  extractor: FeatureExtractor,
  maxTokens: number,
): Examples {
  const featStart = new Int32Array(rows.length + 1);
  const embStart = new Int32Array(rows.length + 1);
  const ids: number[] = [];
  const vals: number[] = [];
  const emb: number[] = [];
  const buffers = {
    ids: new Int32Array(extractor.maxActive),
    vals: new Float32Array(extractor.maxActive),
    embeddingRows: new Int32Array(Math.max(1, maxTokens)),
  };
  const labelIndex = heads.map((h) => new Map(h.labels.map((l, i) => [l, i])));
  const labels = heads.map(() => new Int32Array(rows.length).fill(-1));
  const weights = new Float32Array(rows.length);
  rows.forEach((row, i) => {
    const c = extractor.extract(normalize(row.text), buffers);
    for (let k = 0; k < c.active; k++) ids.push(buffers.ids[k]!), vals.push(buffers.vals[k]!);
    for (let k = 0; k < c.embeddingRows; k++) emb.push(buffers.embeddingRows[k]!);
    featStart[i + 1] = ids.length;
    embStart[i + 1] = emb.length;
    heads.forEach((h, hi) => {
      const label = row.labels[h.name];
      if (label === undefined) return;
      const index = labelIndex[hi]!.get(label);
      if (index === undefined) throw new Error(`label "${label}" is not one of head ${h.name}'s labels (${h.labels.join(", ")})`);
      labels[hi]![i] = index;
    });
    weights[i] = row.weight;
  });
  return {
    count: rows.length,
    featStart,
    featIds: Int32Array.from(ids),
    featVals: Float32Array.from(vals),
    embStart,
    embRows: Int32Array.from(emb),
    labels,
    weights,
  };
}
