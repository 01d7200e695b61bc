// From labelled texts to a trained model: vocabulary from the training split, features with
// the inference extractor, the network trained on the WASM core, and the export.
import { FeatureExtractor, tokenCharTable } from "../features/extractor.js";
import type { FeatureSpec, Model } from "../model/types.js";
import type { PreprocessConfig } from "../preprocess/config.js";
import { createNormalizer } from "../preprocess/index.js";
import type { CoreExports } from "../runtime/core.js";
import { buildExamples, type HeadSpec, type LabelledText } from "./examples.js";
import { exportModel } from "./export.js";
import { train, type TrainHooks, type TrainOptions, type TrainResult } from "./trainer.js";
import { buildLexicon } from "./sentiment-lexicon.js";
import { countTokens, topTokens } from "./vocabulary.js";

export interface FeatureOptions {
  bowSize: number;
  minCount: number;
  embeddingSize: number;
  embeddingDim: number;
  maxTokens: number;
  keywords: string[];
  hashing: FeatureSpec["hashing"];
  /** Word valences for the sentiment lexicon (sentiment-lexicon.ts); none when absent. */
  valences?: readonly (readonly [string, number])[] | null;
}

export interface PipelineInput {
  train: readonly LabelledText[];
  valid: readonly LabelledText[];
  heads: HeadSpec[];
  preprocess: PreprocessConfig;
  features: FeatureOptions;
  hidden: number[];
  training: TrainOptions;
  metadata: Record<string, unknown>;
}

export interface PipelineOutput {
  model: Model;
  result: TrainResult;
}

export function featureSpec(rows: readonly LabelledText[], preprocess: PreprocessConfig, o: FeatureOptions): FeatureSpec {
  const normalize = createNormalizer(preprocess);
  const counts = countTokens(rows.map((r) => normalize(r.text)));
  const special = new Set(["<pad>", "<unk>"]);
  return {
    bowVocab: topTokens(counts, o.bowSize, o.minCount, special),
    keywords: o.keywords.map(normalize).filter((k, i, all) => k !== "" && all.indexOf(k) === i),
    keywordMatch: preprocess.mode === "native" ? "token" : "substring",
    hashing: o.hashing,
    lexicon: o.valences ? buildLexicon(o.valences, normalize) : null,
    embeddingVocab: ["<pad>", "<unk>", ...topTokens(counts, o.embeddingSize, o.minCount, special)],
    unkRow: 1,
    maxTokens: o.maxTokens,
  };
}

export function runPipeline(core: CoreExports, input: PipelineInput, hooks: TrainHooks = {}): PipelineOutput {
  const spec = featureSpec(input.train, input.preprocess, input.features);
  const normalize = createNormalizer(input.preprocess);
  const dim = input.features.embeddingDim;
  const extractor = new FeatureExtractor(spec, dim, tokenCharTable(input.preprocess.mode), input.preprocess.negation?.mark ?? null);
  const trainEx = buildExamples(input.train, input.heads, normalize, extractor, spec.maxTokens);
  const validEx = buildExamples(input.valid, input.heads, normalize, extractor, spec.maxTokens);
  const shape = {
    sparseInputs: extractor.layout.embedding,
    undroppedFrom: extractor.layout.lexicon,
    embeddingRows: spec.embeddingVocab.length,
    embeddingDim: dim,
    hidden: input.hidden,
    heads: input.heads,
    maxActive: extractor.maxActive,
    maxTokens: spec.maxTokens,
  };
  const result = train(core, shape, trainEx, validEx, input.training, hooks);
  const model = exportModel(result.network, result.params, input.preprocess, spec, input.metadata);
  return { model, result };
}
