// The in-memory model every loader produces and every engine consumes.
import type { PreprocessConfig } from "../preprocess/config.js";

/** A weight matrix [rows × cols] (rows = outputs), row-major, float32 or int8 per row. */
export type Matrix =
  | { dtype: "f32"; rows: number; cols: number; data: Float32Array }
  | { dtype: "i8"; rows: number; cols: number; data: Int8Array; scale: Float32Array };

export interface Linear {
  weight: Matrix;
  bias: Float32Array;
}

export interface HiddenLayer extends Linear {
  activation: "relu";
}

export interface Head extends Linear {
  name: string;
  labels: string[];
  /**
   * softmax: one logit per label. sigmoid: one logit giving P(labels[1]) of a two-label head
   * (labels[0] gets 1 − p).
   */
  activation: "softmax" | "sigmoid";
  /** What each label means, for people and for prompts that ask another model. */
  labelDescriptions?: Record<string, string>;
  /** This head's output follows another head's (see runtime/conditioning.ts). */
  conditionedOn?: HeadCondition;
}

/**
 * A head whose labels follow from another softmax head's: for each label of `head`, the labels
 * of this head it allows (one label: implied; several: this head's own scores decide between
 * them). The department follows the intent this way (LABELS.md routing).
 */
export interface HeadCondition {
  head: string;
  allowed: Record<string, string[]>;
}

export interface FeatureSpec {
  /** Bag-of-words vocabulary, in index order; inputs [0, V). */
  bowVocab: string[];
  /** Keyword phrases; one flag input each, [V, V+K). */
  keywords: string[];
  /** substring: the reference engine's plain substring test; token: whole tokens only. */
  keywordMatch: "substring" | "token";
  /** Hashed n-gram buckets, [V+K, V+K+B); B = 0 disables them. */
  hashing: { buckets: number; wordNgrams: number; charNgramMin: number; charNgramMax: number };
  /** Sentiment lexicon, [V+K+B, V+K+B+LEXICON_INPUTS); null disables it. */
  lexicon: SentimentLexicon | null;
  /** Embedding vocabulary, in row order; its pooled mean fills the last E inputs. */
  embeddingVocab: string[];
  /** Row that tokens outside the embedding vocabulary map to. */
  unkRow: number;
  /** Only the first maxTokens tokens enter the embedding average. */
  maxTokens: number;
}

/**
 * Words of known polarity, as normalized single tokens, and the negators that flip the polarity
 * of the words after them (see features/lexicon-inputs.ts for the inputs they give).
 */
export interface SentimentLexicon {
  positive: string[];
  strongPositive: string[];
  negative: string[];
  strongNegative: string[];
  negators: string[];
}

/** Inputs of the lexicon block: counts of the four polarity classes, then five score bins. */
export const LEXICON_INPUTS = 9;

export interface Model {
  /** Where the model came from: this project's format or the reference v1 export. */
  format: "tinytriage" | "reference-v1";
  formatVersion: number;
  preprocess: PreprocessConfig;
  features: FeatureSpec;
  embedding: Matrix;
  layers: HiddenLayer[];
  heads: Head[];
  metadata: Record<string, unknown>;
}

/** Index of the first input of each block, and the total input size. */
export function inputLayout(f: FeatureSpec, embeddingDim: number) {
  const bow = 0;
  const keywords = bow + f.bowVocab.length;
  const hashed = keywords + f.keywords.length;
  const lexicon = hashed + f.hashing.buckets;
  const embedding = lexicon + (f.lexicon ? LEXICON_INPUTS : 0);
  return { bow, keywords, hashed, lexicon, embedding, size: embedding + embeddingDim };
}
