// A whole training run from a config: load and map the sources, add synthetic rows, split,
// train, export float32 and int8, and evaluate both through the inference engine on the
// held-out test split and on the public datasets' official test splits.
import { MAX_TEXT_CHARS, type PreprocessConfig } from "../preprocess/config.js";
import { quantizeRows } from "../model/quantize.js";
import type { HeadCondition, Model } from "../model/types.js";
import { classifierFromModel } from "../runtime/classifier.js";
import { instantiateCore } from "../runtime/core.js";
import { DEFAULT_KEYWORDS, type TrainConfig } from "./config.js";
import { evaluateRows, type Evaluation } from "./evaluate.js";
import type { HeadSpec } from "./examples.js";
import { runPipeline } from "./pipeline.js";
import { DEFAULT_HEADS, HEAD_NAMES, type HouseRow } from "./schema/house-row.js";
import { LABEL_DESCRIPTIONS } from "./schema/label-descriptions.js";
import { DEPARTMENT_OF_INTENT, LEAD_OF_INTENT } from "./schema/rules.js";
import { lexiconValences } from "./sentiment-lexicon.js";
import { loadSources } from "./sources.js";
import { stratifiedSplit } from "./split.js";
import { NEGATED_REQUESTS } from "./negated-requests.js";
import { HINGLISH_MAP } from "./synth/hinglish.js";
import { generateSynthetic } from "./synth/generate.js";
import type { TrainHooks } from "./trainer.js";

export const DEFAULT_PREPROCESS: PreprocessConfig = {
  mode: "native",
  lowercase: true,
  placeholders: { url: "<url>", email: "<email>", number: "<num>" },
  hinglishMap: HINGLISH_MAP,
  squeezeElongation: true,
  keepEmoji: false,
  negation: null,
  maxChars: MAX_TEXT_CHARS,
};

export const DEFAULT_HEAD_SPECS: HeadSpec[] = HEAD_NAMES.map((name) => ({
  name,
  labels: [...DEFAULT_HEADS[name]],
  activation: name === "churn_risk" ? "sigmoid" : "softmax",
}));

export function quantizeModel(m: Model): Model {
  return {
    ...m,
    embedding: quantizeRows(m.embedding),
    layers: m.layers.map((l) => ({ ...l, weight: quantizeRows(l.weight) })),
    heads: m.heads.map((h) => ({ ...h, weight: quantizeRows(h.weight) })),
  };
}

/**
 * Heads that follow the intent (LABELS.md): each intent allows its department, and a
 * cancellation billing or logistics (a subscription or a physical order), which the department
 * head decides; each intent allows its lead_intent, and a general_query any, which the
 * lead_intent head decides (pre-purchase interest, buying more).
 */
export const FOLLOWS_INTENT: Record<string, HeadCondition> = {
  department: {
    head: "intent",
    allowed: Object.fromEntries(
      Object.entries(DEPARTMENT_OF_INTENT).map(([intent, department]) => [intent, intent === "cancellation" ? ["billing", "logistics"] : [department]]),
    ),
  },
  lead_intent: {
    head: "intent",
    allowed: Object.fromEntries(Object.keys(DEPARTMENT_OF_INTENT).map((intent) => [intent, LEAD_OF_INTENT[intent] ? [LEAD_OF_INTENT[intent]] : ["low", "medium", "high"]])),
  },
};

export function followIntent(m: Model, heads: readonly string[]): Model {
  return { ...m, heads: m.heads.map((h) => (heads.includes(h.name) ? { ...h, conditionedOn: FOLLOWS_INTENT[h.name]! } : h)) };
}

export interface TrainingRun {
  float32: Model;
  int8: Model;
  split: { train: HouseRow[]; valid: HouseRow[]; test: HouseRow[] };
  testFloat32: Evaluation;
  testInt8: Evaluation;
  publicTestInt8: Evaluation;
  publicTest: HouseRow[];
  bestEpoch: number;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** The numbers a model carries in its metadata (and CI checks it against). */
export function headSummary(e: Evaluation): Record<string, { accuracy: number; macro_f1: number; count: number }> {
  return Object.fromEntries(Object.entries(e.heads).filter(([, m]) => m.count > 0).map(([h, m]) => [h, { accuracy: round(m.accuracy), macro_f1: round(m.macro_f1), count: m.count }]));
}

export async function runTraining(config: TrainConfig, module: WebAssembly.Module, log: (s: string) => void, hooks: TrainHooks = {}): Promise<TrainingRun> {
  const sources = await loadSources(config, log);
  for (const r of sources.reports) log(r.line());
  const synthetic = generateSynthetic({ count: config.synthetic.count, seed: config.seed, hinglishShare: config.synthetic.hinglish_share, weight: config.synthetic.weight });
  const pool = [...sources.pool, ...synthetic];
  const held = stratifiedSplit(pool, config.split.valid, config.split.test, config.seed);
  // Sources with holdout: false train in full; their rows follow the split's shuffled ones (the
  // trainer shuffles every epoch).
  const split = { ...held, train: [...held.train, ...sources.trainOnly] };
  const inFull = sources.trainOnly.length > 0 ? ` (${sources.trainOnly.length} from sources without holdout)` : "";
  log(`rows: ${pool.length + sources.trainOnly.length} (synthetic ${synthetic.length}); train ${split.train.length}${inFull}, validation ${split.valid.length}, test ${split.test.length}; public test ${sources.publicTest.length}`);

  const f = config.features;
  const t = config.training;
  const dataSummary = {
    sources: sources.reports.map((r) => r.summary()),
    synthetic: synthetic.length,
    split: { train: split.train.length, train_without_holdout: sources.trainOnly.length, valid: split.valid.length, test: split.test.length },
    public_test: sources.publicTest.length,
  };
  const { model: trained, result } = runPipeline(
    instantiateCore(module),
    {
      train: split.train,
      valid: split.valid,
      heads: DEFAULT_HEAD_SPECS,
      preprocess: { ...DEFAULT_PREPROCESS, keepEmoji: f.keep_emoji, negation: f.mark_negated_requests ? NEGATED_REQUESTS : null },
      features: {
        bowSize: f.bow_size,
        minCount: f.min_count,
        embeddingSize: f.embedding_size,
        embeddingDim: f.embedding_dim,
        maxTokens: f.max_tokens,
        keywords: f.keywords ?? DEFAULT_KEYWORDS,
        valences: f.sentiment_lexicon === null ? null : lexiconValences(f.sentiment_lexicon),
        hashing: f.buckets > 0 ? { buckets: f.buckets, wordNgrams: f.word_ngrams, charNgramMin: f.char_ngram_min, charNgramMax: f.char_ngram_max } : { buckets: 0, wordNgrams: 0, charNgramMin: 0, charNgramMax: 0 },
      },
      hidden: config.model.hidden,
      training: {
        epochs: t.epochs,
        batchSize: t.batch_size,
        learningRate: t.learning_rate,
        weightDecay: t.weight_decay,
        inputDropout: t.input_dropout,
        tokenDropout: t.token_dropout,
        patience: t.patience,
        seed: config.seed,
        headWeights: t.head_weights,
        classWeighting: t.class_weighting,
      },
      metadata: {},
    },
    hooks,
  );
  const model = followIntent(trained, config.model.follow_intent);
  const int8 = quantizeModel(model);
  const evaluate = (m: Model, rows: HouseRow[]) => evaluateRows(classifierFromModel(m, { core: module }), rows);
  const testFloat32 = evaluate(model, split.test);
  const testInt8 = evaluate(int8, split.test);
  const publicTestInt8 = evaluate(int8, sources.publicTest);
  const metadata = {
    name: "tinytriage default",
    seed: config.seed,
    training_config: config,
    data: dataSummary,
    best_epoch: result.bestEpoch,
    history: result.history.map((h) => ({ epoch: h.epoch, loss: round(h.loss), validation_score: round(h.score) })),
    metrics: {
      test: headSummary(testInt8),
      test_float32: headSummary(testFloat32),
      public_test: headSummary(publicTestInt8),
      public_test_by_source: publicTestInt8.by_source,
    },
  };
  const describe = (m: Model): Model => ({ ...m, metadata, heads: m.heads.map((h) => (LABEL_DESCRIPTIONS[h.name] ? { ...h, labelDescriptions: LABEL_DESCRIPTIONS[h.name] } : h)) });
  return {
    float32: describe(model),
    int8: describe(int8),
    split,
    testFloat32,
    testInt8,
    publicTestInt8,
    publicTest: sources.publicTest,
    bestEpoch: result.bestEpoch,
  };
}
