// What `model info` and GET /v1/model report about a model.
import type { Model } from "../model/types.js";
import { inputLayout } from "../model/types.js";

export interface ModelInfo {
  format: string;
  format_version: number;
  preprocess_mode: string;
  /** Emoji are tokens of their own (else separators). */
  keeps_emoji: boolean;
  /** Negated requests are marked ("don't want a refund"; see preprocess/negation.ts). */
  marks_negated_requests: boolean;
  /** `follows`: the head whose output this head's follows (conditioned_on). */
  heads: { name: string; activation: string; labels: string[]; follows?: string }[];
  input_size: number;
  embedding: { rows: number; dim: number; dtype: string };
  layers: { in: number; out: number; dtype: string }[];
  parameters: number;
  /** Bytes the weights take in memory (int8 weights 1 byte, scales and floats 4). */
  weight_bytes: number;
  metrics: unknown;
  metadata: Record<string, unknown>;
}

export function describeModel(model: Model): ModelInfo {
  const mats = [model.embedding, ...model.layers.map((l) => l.weight), ...model.heads.map((h) => h.weight)];
  const biases = [...model.layers.map((l) => l.bias), ...model.heads.map((h) => h.bias)];
  const parameters = mats.reduce((n, m) => n + m.rows * m.cols, 0) + biases.reduce((n, b) => n + b.length, 0);
  const weight_bytes =
    mats.reduce((n, m) => n + (m.dtype === "i8" ? m.rows * m.cols + m.rows * 4 : m.rows * m.cols * 4), 0) +
    biases.reduce((n, b) => n + b.length * 4, 0);
  const { metrics, ...metadata } = model.metadata;
  return {
    format: model.format,
    format_version: model.formatVersion,
    preprocess_mode: model.preprocess.mode,
    keeps_emoji: model.preprocess.keepEmoji,
    marks_negated_requests: model.preprocess.negation !== null,
    heads: model.heads.map((h) => ({ name: h.name, activation: h.activation, labels: h.labels, ...(h.conditionedOn ? { follows: h.conditionedOn.head } : {}) })),
    input_size: inputLayout(model.features, model.embedding.cols).size,
    embedding: { rows: model.embedding.rows, dim: model.embedding.cols, dtype: model.embedding.dtype },
    layers: [...model.layers, ...model.heads].map((l) => ({ in: l.weight.cols, out: l.weight.rows, dtype: l.weight.dtype })),
    parameters,
    weight_bytes,
    metrics: metrics ?? {},
    metadata,
  };
}
