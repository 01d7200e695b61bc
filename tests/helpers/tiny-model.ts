// Small random models in this project's format, for tests that need many models quickly.
import { toTinytriageJson } from "../../src/model/format.js";
import { quantizeRows } from "../../src/model/quantize.js";
import type { Matrix, Model } from "../../src/model/types.js";
import { inputLayout } from "../../src/model/types.js";
import { MAX_TEXT_CHARS } from "../../src/preprocess/config.js";
import { randomFloats, rng } from "./random.js";

export interface TinyModelOptions {
  mode?: "reference" | "native";
  dtype?: "f32" | "i8";
  buckets?: number;
  hidden?: number[];
  seed?: number;
  /** Give the model TINY_LEXICON (native mode). */
  lexicon?: boolean;
}

export const TINY_VOCAB = ["refund", "order", "late", "login", "password", "price", "demo", "cancel", "thanks", "not", "working", "<num>", "money", "app", "broken"];
export const TINY_KEYWORDS = ["refund", "not working", "cancel", "late", "demo"];
export const TINY_LEXICON = { positive: ["good", "thanks"], strongPositive: ["love"], negative: ["late", "slow"], strongNegative: ["worst", "broken"], negators: ["not", "never"] };

function matrix(rand: () => number, rows: number, cols: number, dtype: "f32" | "i8"): Matrix {
  const m: Matrix = { dtype: "f32", rows, cols, data: randomFloats(rand, rows * cols, 0.5) };
  return dtype === "i8" ? quantizeRows(m) : m;
}

export function tinyModel(o: TinyModelOptions = {}): Model {
  const rand = rng(o.seed ?? 1);
  const dtype = o.dtype ?? "f32";
  const mode = o.mode ?? "native";
  const buckets = o.buckets ?? (mode === "native" ? 64 : 0);
  const features = {
    bowVocab: TINY_VOCAB,
    keywords: TINY_KEYWORDS,
    keywordMatch: mode === "native" ? ("token" as const) : ("substring" as const),
    hashing: buckets > 0 ? { buckets, wordNgrams: 2, charNgramMin: 3, charNgramMax: 4 } : { buckets: 0, wordNgrams: 0, charNgramMin: 0, charNgramMax: 0 },
    lexicon: o.lexicon ? TINY_LEXICON : null,
    embeddingVocab: ["<pad>", "<unk>", ...TINY_VOCAB],
    unkRow: 1,
    maxTokens: 8,
  };
  const dim = 6;
  let width = inputLayout(features, dim).size;
  const layers = (o.hidden ?? [12, 8]).map((rows) => {
    const layer = { activation: "relu" as const, weight: matrix(rand, rows, width, dtype), bias: randomFloats(rand, rows, 0.1) };
    width = rows;
    return layer;
  });
  const head = (name: string, labels: string[], activation: "softmax" | "sigmoid" = "softmax") => {
    const rows = activation === "sigmoid" ? 1 : labels.length;
    return { name, labels, activation, weight: matrix(rand, rows, width, dtype), bias: randomFloats(rand, rows, 0.1) };
  };
  return {
    format: "tinytriage",
    formatVersion: 1,
    preprocess: {
      mode,
      lowercase: true,
      placeholders: { url: "<url>", email: "<email>", number: "<num>" },
      hinglishMap: { nahi: "not", "kr do": "please do", paisa: "money" },
      squeezeElongation: mode === "native",
      keepEmoji: false,
      negation: null,
      maxChars: MAX_TEXT_CHARS,
    },
    features,
    embedding: matrix(rand, features.embeddingVocab.length, dim, dtype),
    layers,
    heads: [
      head("department", ["billing", "general", "logistics", "sales", "technical"]),
      head("sentiment", ["negative", "neutral", "positive"]),
      head("churn_risk", ["low", "high"], "sigmoid"),
      head("intent", ["refund", "delivery_issue", "account_access", "pricing_inquiry", "praise", "general_query"]),
    ],
    metadata: { seed: o.seed ?? 1 },
  };
}

/** The model as a JSON document (what a model file holds). */
export function tinyModelJson(o: TinyModelOptions = {}): Record<string, unknown> {
  return JSON.parse(JSON.stringify(toTinytriageJson(tinyModel(o)))) as Record<string, unknown>;
}
