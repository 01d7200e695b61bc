// This project's model file, format "tinytriage-model", version 1. Self-describing: the
// preprocessing and feature configuration, the architecture (implied by the tensor shapes),
// the heads with their labels, packed weights (see tensor.ts) and metadata.
import * as v from "valibot";
import { MAX_TEXT_CHARS } from "../preprocess/config.js";
import type { NegationConfig } from "../preprocess/negation.js";
import { fail } from "./errors.js";
import { parseWith } from "./schema-error.js";
import { decodeMatrix, decodeVector, encodeMatrix, encodeVector, tensorSchema } from "./tensor.js";
import { inputLayout, type Head, type HiddenLayer, type Model } from "./types.js";

export const FORMAT_NAME = "tinytriage-model";
export const FORMAT_VERSION = 1;

const token = v.pipe(v.string(), v.minLength(1, "expected a non-empty string"));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const schema = v.object({
  format: v.literal(FORMAT_NAME),
  version: v.literal(FORMAT_VERSION),
  preprocess: v.object({
    mode: v.picklist(["reference", "native"]),
    lowercase: v.boolean(),
    placeholders: v.object({ url: v.nullable(token), email: v.nullable(token), number: v.nullable(token) }),
    hinglish_map: v.record(token, v.string()),
    squeeze_elongation: v.boolean(),
    keep_emoji: v.optional(v.boolean(), false),
    negation: v.optional(
      v.nullable(
        v.object({
          negators: v.pipe(v.array(token), v.minLength(1, "expected at least one negator")),
          cues: v.pipe(v.array(token), v.minLength(1, "expected at least one cue")),
          stops: v.array(token),
          window: int(1, 64),
          mark: v.pipe(v.string(), v.regex(/^\S+$/, "expected a non-empty prefix without spaces")),
          object_first: v.optional(v.object({ cues: v.pipe(v.array(token), v.minLength(1, "expected at least one cue")), window: int(1, 64) })),
        }),
      ),
      null,
    ),
    max_chars: v.optional(int(1, 1 << 24), MAX_TEXT_CHARS),
  }),
  features: v.object({
    bow_vocab: v.array(token),
    keywords: v.array(token),
    keyword_match: v.picklist(["substring", "token"]),
    hashing: v.object({
      buckets: int(0, 1 << 22),
      word_ngrams: int(0, 5),
      char_ngram_min: int(0, 10),
      char_ngram_max: int(0, 10),
    }),
    lexicon: v.optional(
      v.nullable(
        v.object({
          positive: v.array(token),
          strong_positive: v.array(token),
          negative: v.array(token),
          strong_negative: v.array(token),
          negators: v.array(token),
        }),
      ),
      null,
    ),
    embedding_vocab: v.pipe(v.array(token), v.minLength(1, "expected at least the unknown-token row")),
    unk_token: token,
    max_tokens: int(1, 4096),
  }),
  embedding: tensorSchema,
  layers: v.pipe(
    v.array(v.object({ activation: v.picklist(["relu"]), weight: tensorSchema, bias: tensorSchema })),
    v.minLength(1, "expected at least one hidden layer"),
  ),
  heads: v.pipe(
    v.array(
      v.object({
        name: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, "expected a lowercase name of letters, digits and _")),
        labels: v.pipe(v.array(token), v.minLength(2, "expected at least two labels")),
        activation: v.picklist(["softmax", "sigmoid"]),
        label_descriptions: v.optional(v.record(v.string(), v.string())),
        conditioned_on: v.optional(v.object({ head: token, allowed: v.record(token, v.pipe(v.array(token), v.minLength(1, "expected at least one allowed label"))) })),
        weight: tensorSchema,
        bias: tensorSchema,
      }),
    ),
    v.minLength(1, "expected at least one head"),
  ),
  metadata: v.optional(v.record(v.string(), v.unknown()), {}),
});

export function isTinytriageFormat(json: unknown): boolean {
  return typeof json === "object" && json !== null && (json as { format?: unknown }).format === FORMAT_NAME;
}

function firstDuplicate(items: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const x of items) {
    if (seen.has(x)) return x;
    seen.add(x);
  }
  return undefined;
}

export function loadTinytriage(json: unknown): Model {
  const m = parseWith(schema, json);
  const f = m.features;
  for (const [path, list] of [["features.bow_vocab", f.bow_vocab], ["features.embedding_vocab", f.embedding_vocab], ["features.keywords", f.keywords]] as const) {
    const dup = firstDuplicate(list);
    if (dup !== undefined) fail(path, `duplicate entry "${dup}"`);
  }
  if (f.lexicon) {
    const l = f.lexicon;
    const words = [...l.positive, ...l.strong_positive, ...l.negative, ...l.strong_negative];
    const dup = firstDuplicate(words);
    if (dup !== undefined) fail("features.lexicon", `"${dup}" is listed twice (a word has one polarity)`);
    const dupNegator = firstDuplicate(l.negators);
    if (dupNegator !== undefined) fail("features.lexicon.negators", `duplicate entry "${dupNegator}"`);
    const spaced = [...words, ...l.negators].find((w) => /\s/.test(w));
    if (spaced !== undefined) fail("features.lexicon", `"${spaced}" is not a single token`);
  }
  const negation = m.preprocess.negation;
  if (negation) {
    if (m.preprocess.mode !== "native") fail("preprocess.negation", "only native preprocessing marks negated requests");
    // A mark that native text can hold would make ordinary words look negated.
    if (!/[^\p{L}\p{N}\p{M}\p{Extended_Pictographic}<>]/u.test(negation.mark)) {
      fail("preprocess.negation.mark", `"${negation.mark}" could occur in normalized text; use a separator character in it, e.g. "not_"`);
    }
    for (const [path, words] of [["cues", negation.cues], ["stops", negation.stops], ["object_first.cues", negation.object_first?.cues ?? []]] as const) {
      const spaced = words.find((w) => /\s/.test(w));
      if (spaced !== undefined) fail(`preprocess.negation.${path}`, `"${spaced}" is not a single token`);
    }
  }
  const unkRow = f.embedding_vocab.indexOf(f.unk_token);
  if (unkRow < 0) fail("features.unk_token", `"${f.unk_token}" is not in features.embedding_vocab`);
  if (f.hashing.buckets > 0 && f.hashing.word_ngrams < 2 && f.hashing.char_ngram_max === 0) {
    fail("features.hashing", "buckets are set but neither word_ngrams (≥ 2) nor char n-grams are enabled");
  }
  if (f.hashing.char_ngram_min > f.hashing.char_ngram_max) fail("features.hashing.char_ngram_min", `expected ≤ char_ngram_max (${f.hashing.char_ngram_max})`);
  if (f.hashing.buckets === 0 && (f.hashing.word_ngrams >= 2 || f.hashing.char_ngram_max > 0)) fail("features.hashing.buckets", "n-grams are enabled but there are no buckets");

  const features = {
    bowVocab: f.bow_vocab,
    keywords: f.keywords,
    keywordMatch: f.keyword_match,
    hashing: {
      buckets: f.hashing.buckets,
      wordNgrams: f.hashing.word_ngrams,
      charNgramMin: f.hashing.char_ngram_min,
      charNgramMax: f.hashing.char_ngram_max,
    },
    lexicon: f.lexicon
      ? { positive: f.lexicon.positive, strongPositive: f.lexicon.strong_positive, negative: f.lexicon.negative, strongNegative: f.lexicon.strong_negative, negators: f.lexicon.negators }
      : null,
    embeddingVocab: f.embedding_vocab,
    unkRow,
    maxTokens: f.max_tokens,
  };
  const dim = m.embedding.shape[1] ?? 0;
  if (m.embedding.shape.length !== 2) fail("embedding.shape", `expected [rows, dim], got [${m.embedding.shape.join(", ")}]`);
  const embedding = decodeMatrix(m.embedding, "embedding", f.embedding_vocab.length, dim);

  let width = inputLayout(features, dim).size;
  const layers: HiddenLayer[] = m.layers.map((l, i) => {
    const rows = l.weight.shape[0] ?? 0;
    const layer: HiddenLayer = {
      activation: l.activation,
      weight: decodeMatrix(l.weight, `layers[${i}].weight`, rows, width),
      bias: decodeVector(l.bias, `layers[${i}].bias`, rows),
    };
    width = rows;
    return layer;
  });
  const names = m.heads.map((h) => h.name);
  const dupHead = firstDuplicate(names);
  if (dupHead !== undefined) fail("heads", `duplicate head "${dupHead}"`);
  const heads: Head[] = m.heads.map((h) => {
    const path = `heads.${h.name}`;
    const dup = firstDuplicate(h.labels);
    if (dup !== undefined) fail(`${path}.labels`, `duplicate label "${dup}"`);
    if (h.activation === "sigmoid" && h.labels.length !== 2) fail(`${path}.labels`, `a sigmoid head has exactly 2 labels, got ${h.labels.length}`);
    const rows = h.activation === "sigmoid" ? 1 : h.labels.length;
    return {
      name: h.name,
      labels: h.labels,
      activation: h.activation,
      weight: decodeMatrix(h.weight, `${path}.weight`, rows, width),
      bias: decodeVector(h.bias, `${path}.bias`, rows),
      ...(h.label_descriptions ? { labelDescriptions: h.label_descriptions } : {}),
      ...(h.conditioned_on ? { conditionedOn: h.conditioned_on } : {}),
    };
  });
  for (const h of heads) if (h.conditionedOn) checkCondition(h, heads);
  return {
    format: "tinytriage",
    formatVersion: m.version,
    preprocess: {
      mode: m.preprocess.mode,
      lowercase: m.preprocess.lowercase,
      placeholders: m.preprocess.placeholders,
      hinglishMap: m.preprocess.hinglish_map,
      squeezeElongation: m.preprocess.squeeze_elongation,
      keepEmoji: m.preprocess.keep_emoji,
      negation: negationConfig(negation),
      maxChars: m.preprocess.max_chars,
    },
    features,
    embedding,
    layers,
    heads,
    metadata: m.metadata,
  };
}

/** A conditioned head names an unconditioned softmax head and allows labels for each of its labels. */
function checkCondition(h: Head, heads: Head[]): void {
  const c = h.conditionedOn!;
  const path = `heads.${h.name}.conditioned_on`;
  const source = heads.find((x) => x.name === c.head);
  if (!source) fail(`${path}.head`, `no head named "${c.head}"`);
  if (source === h) fail(`${path}.head`, "a head cannot be conditioned on itself");
  if (source.conditionedOn) fail(`${path}.head`, `"${c.head}" is itself conditioned; chains are not supported`);
  if (h.activation !== "softmax" || source.activation !== "softmax") fail(path, "both heads must be softmax heads");
  for (const s of source.labels) if (!(s in c.allowed)) fail(`${path}.allowed`, `missing "${s}" (every label of "${c.head}" needs its allowed labels)`);
  for (const [s, allowed] of Object.entries(c.allowed)) {
    if (!source.labels.includes(s)) fail(`${path}.allowed`, `"${s}" is not a label of "${c.head}"`);
    const unknown = allowed.find((l) => !h.labels.includes(l));
    if (unknown !== undefined) fail(`${path}.allowed.${s}`, `"${unknown}" is not a label of "${h.name}"`);
    const dup = firstDuplicate(allowed);
    if (dup !== undefined) fail(`${path}.allowed.${s}`, `duplicate label "${dup}"`);
  }
}

type NegationJson = NonNullable<v.InferOutput<typeof schema>["preprocess"]["negation"]>;

/** The file's negation fields (snake_case) as the normalizer's config, and back. */
function negationConfig(n: NegationJson | null): NegationConfig | null {
  if (!n) return null;
  const { object_first, ...rest } = n;
  return object_first ? { ...rest, objectFirst: object_first } : rest;
}

function negationJson(n: NegationConfig): Record<string, unknown> {
  const { objectFirst, ...rest } = n;
  return objectFirst ? { ...rest, object_first: objectFirst } : rest;
}

/** The model in this project's format, keys in a fixed order (the same model → the same text). */
export function toTinytriageJson(model: Model): Record<string, unknown> {
  const f = model.features;
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    preprocess: {
      mode: model.preprocess.mode,
      lowercase: model.preprocess.lowercase,
      placeholders: model.preprocess.placeholders,
      hinglish_map: model.preprocess.hinglishMap,
      squeeze_elongation: model.preprocess.squeezeElongation,
      keep_emoji: model.preprocess.keepEmoji,
      ...(model.preprocess.negation ? { negation: negationJson(model.preprocess.negation) } : {}),
      max_chars: model.preprocess.maxChars,
    },
    features: {
      bow_vocab: f.bowVocab,
      keywords: f.keywords,
      keyword_match: f.keywordMatch,
      hashing: {
        buckets: f.hashing.buckets,
        word_ngrams: f.hashing.wordNgrams,
        char_ngram_min: f.hashing.charNgramMin,
        char_ngram_max: f.hashing.charNgramMax,
      },
      ...(f.lexicon
        ? { lexicon: { positive: f.lexicon.positive, strong_positive: f.lexicon.strongPositive, negative: f.lexicon.negative, strong_negative: f.lexicon.strongNegative, negators: f.lexicon.negators } }
        : {}),
      embedding_vocab: f.embeddingVocab,
      unk_token: f.embeddingVocab[f.unkRow],
      max_tokens: f.maxTokens,
    },
    embedding: encodeMatrix(model.embedding),
    layers: model.layers.map((l) => ({ activation: l.activation, weight: encodeMatrix(l.weight), bias: encodeVector(l.bias) })),
    heads: model.heads.map((h) => ({
      name: h.name,
      labels: h.labels,
      activation: h.activation,
      ...(h.labelDescriptions ? { label_descriptions: h.labelDescriptions } : {}),
      ...(h.conditionedOn ? { conditioned_on: h.conditionedOn } : {}),
      weight: encodeMatrix(h.weight),
      bias: encodeVector(h.bias),
    })),
    metadata: model.metadata,
  };
}
