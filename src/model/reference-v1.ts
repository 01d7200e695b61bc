// Loader for the reference project's version-1 export (top-level "vocab" key): int8 per-row
// linear layers given as nested arrays, a float embedding table that the reference engine
// re-quantizes to int8 at load, and substring keyword flags.
import * as v from "valibot";
import { MAX_TEXT_CHARS } from "../preprocess/config.js";
import { fail } from "./errors.js";
import { floatArray, floatRows, int8Rows, scaleArray } from "./numeric.js";
import { quantizeRows } from "./quantize.js";
import { parseWith } from "./schema-error.js";
import type { Head, HiddenLayer, Linear, Model } from "./types.js";

const positiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));
const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const token = v.pipe(v.string(), v.minLength(1, "expected a non-empty string"));
const placeholder = v.nullish(token);

const linearSchema = v.object({
  type: v.string(),
  in_features: positiveInt,
  out_features: positiveInt,
  weight: v.unknown(),
  scale: v.unknown(),
  bias: v.unknown(),
});
type LinearJson = v.InferOutput<typeof linearSchema>;
const layerSchema = v.looseObject({ type: v.string() });

const schema = v.object({
  version: positiveInt,
  metadata: v.looseObject({ dense_size: positiveInt, embedding_dim: positiveInt, hidden_size: positiveInt }),
  preprocess: v.object({
    lowercase: v.boolean(),
    replace_urls: placeholder,
    replace_emails: placeholder,
    replace_numbers: placeholder,
    hinglish_map: v.record(token, v.string()),
  }),
  vocab: v.object({
    // Checked by indexedVocab: a schema pass over thousands of entries costs more than the check.
    bow_vocab: v.record(v.string(), v.unknown()),
    embedding_vocab: v.record(v.string(), v.unknown()),
    keywords: v.array(token),
    max_tokens: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4096)),
  }),
  labels: v.record(v.string(), v.pipe(v.array(token), v.minLength(1, "expected at least one label"))),
  embedding: v.object({ padding_idx: v.optional(index), weights: v.unknown() }),
  layers: v.record(v.string(), layerSchema),
  heads: v.record(v.string(), v.unknown()),
  metrics: v.optional(v.record(v.string(), v.unknown())),
});

export function isReferenceV1(json: unknown): boolean {
  return typeof json === "object" && json !== null && "vocab" in json;
}

/** Token → index objects become arrays in index order; indices must be 0..n−1, each once. */
function indexedVocab(map: Record<string, unknown>, path: string): string[] {
  const entries = Object.entries(map);
  const out = new Array<string | undefined>(entries.length);
  for (const [token, i] of entries) {
    if (token === "") fail(path, "a token is empty");
    if (typeof i !== "number" || !Number.isInteger(i) || i < 0) fail(`${path}.${token}`, `expected an index ≥ 0, got ${JSON.stringify(i)}`);
    if (i >= entries.length) fail(`${path}.${token}`, `index ${i} is out of range: the vocabulary has ${entries.length} entries (0..${entries.length - 1})`);
    if (out[i] !== undefined) fail(`${path}.${token}`, `index ${i} is already used by "${out[i]}"`);
    out[i] = token;
  }
  return out as string[];
}

function linear(json: unknown, path: string, inFeatures: number, outFeatures: number): Linear {
  const raw: LinearJson = parseWith(linearSchema, json, path);
  if (raw.type !== "linear_int8_per_row") fail(`${path}.type`, `expected "linear_int8_per_row", got "${raw.type}"`);
  if (raw.in_features !== inFeatures) fail(`${path}.in_features`, `expected ${inFeatures}, got ${raw.in_features}`);
  if (raw.out_features !== outFeatures) fail(`${path}.out_features`, `expected ${outFeatures}, got ${raw.out_features}`);
  return {
    weight: {
      dtype: "i8",
      rows: outFeatures,
      cols: inFeatures,
      data: int8Rows(raw.weight, `${path}.weight`, outFeatures, inFeatures),
      scale: scaleArray(raw.scale, `${path}.scale`, outFeatures),
    },
    bias: floatArray(raw.bias, `${path}.bias`, outFeatures),
  };
}

export function loadReferenceV1(json: unknown): Model {
  const m = parseWith(schema, json);
  const bowVocab = indexedVocab(m.vocab.bow_vocab, "vocab.bow_vocab");
  const embeddingVocab = indexedVocab(m.vocab.embedding_vocab, "vocab.embedding_vocab");
  const unkRow = embeddingVocab.indexOf("<unk>");
  if (unkRow < 0) fail("vocab.embedding_vocab", `expected an entry for "<unk>"`);
  const denseSize = bowVocab.length + m.vocab.keywords.length;
  if (m.metadata.dense_size !== denseSize) {
    fail("metadata.dense_size", `expected ${denseSize} (bag of words ${bowVocab.length} + keywords ${m.vocab.keywords.length}), got ${m.metadata.dense_size}`);
  }
  const dim = m.metadata.embedding_dim;
  const embedding = quantizeRows({
    dtype: "f32",
    rows: embeddingVocab.length,
    cols: dim,
    data: floatRows(m.embedding.weights, "embedding.weights", embeddingVocab.length, dim),
  });

  // Layers: linear, relu, linear, relu, in key order base_0..base_3.
  const layerKeys = Object.keys(m.layers);
  const expectedKeys = ["base_0", "base_1", "base_2", "base_3"];
  if (layerKeys.join() !== expectedKeys.join()) fail("layers", `expected keys ${expectedKeys.join(", ")}, got ${layerKeys.join(", ") || "none"}`);
  for (const k of ["base_1", "base_3"]) {
    if (m.layers[k]!.type !== "relu") fail(`layers.${k}.type`, `expected "relu", got "${m.layers[k]!.type}"`);
  }
  const hidden = m.metadata.hidden_size;
  const half = Math.floor(hidden / 2);
  const layers: HiddenLayer[] = [
    { ...linear(m.layers.base_0, "layers.base_0", denseSize + dim, hidden), activation: "relu" },
    { ...linear(m.layers.base_2, "layers.base_2", hidden, half), activation: "relu" },
  ];

  const heads: Head[] = Object.entries(m.heads).map(([name, raw]) => {
    const labels = m.labels[name];
    if (labels === undefined) fail(`labels.${name}`, `expected the labels of head "${name}"`);
    const dup = labels.find((l, i) => labels.indexOf(l) !== i);
    if (dup !== undefined) fail(`labels.${name}`, `duplicate label "${dup}"`);
    const outFeatures = (raw as { out_features?: unknown } | null)?.out_features;
    const sigmoid = outFeatures === 1 && labels.length === 2;
    const rows = sigmoid ? 1 : labels.length;
    return { name, labels, activation: sigmoid ? "sigmoid" : "softmax", ...linear(raw, `heads.${name}`, half, rows) };
  });
  if (heads.length === 0) fail("heads", "expected at least one head");

  return {
    format: "reference-v1",
    formatVersion: m.version,
    preprocess: {
      mode: "reference",
      lowercase: m.preprocess.lowercase,
      placeholders: {
        url: m.preprocess.replace_urls ?? null,
        email: m.preprocess.replace_emails ?? null,
        number: m.preprocess.replace_numbers ?? null,
      },
      hinglishMap: m.preprocess.hinglish_map,
      squeezeElongation: false,
      keepEmoji: false,
      negation: null,
      maxChars: MAX_TEXT_CHARS,
    },
    features: {
      bowVocab,
      keywords: m.vocab.keywords,
      keywordMatch: "substring",
      hashing: { buckets: 0, wordNgrams: 0, charNgramMin: 0, charNgramMax: 0 },
      lexicon: null,
      embeddingVocab,
      unkRow,
      maxTokens: m.vocab.max_tokens,
    },
    embedding,
    layers,
    heads,
    metadata: { ...m.metadata, metrics: m.metrics ?? {} },
  };
}
