// The Classifier API: one text in, every head's label and probabilities out.
// Environment-neutral (Node, browsers, Web Workers, Cloudflare Workers): no Node imports; the
// compiled core module is handed in, and a model comes as an object, JSON text or a URL.
import { FeatureExtractor, tokenCharTable } from "../features/extractor.js";
import { loadModel, parseModelJson } from "../model/load.js";
import { ModelFormatError } from "../model/errors.js";
import type { Model } from "../model/types.js";
import { createNormalizer } from "../preprocess/index.js";
import { chooseVariant, instantiateCore, type CoreModules, type CoreVariant } from "./core.js";
import { Engine, type HeadSlot } from "./engine.js";
import { describeModel, type ModelInfo } from "./model-info.js";
import { ResultBuilder, labelProbability, pickLabel, type ClassificationResult, type DebugInfo } from "./result.js";

export type ModelSource = Model | Record<string, unknown> | string | URL;

export interface ClassifierOptions {
  /** A loaded model, a parsed model document, JSON text, or a URL to fetch it from. */
  model: ModelSource;
  /** The compiled core: both builds (the SIMD one is used where supported) or one module. */
  core: CoreModules | WebAssembly.Module;
  /** Force a build of the core ("scalar" for testing); default: SIMD when supported. */
  variant?: CoreVariant;
  /** How many labels `<head>_top_k` lists (default 3). */
  topK?: number;
  /**
   * Small int8 layers are expanded to float32 at load (same values, faster); true keeps every
   * int8 layer on the int8 kernels.
   */
  keepInt8?: boolean;
}

export interface ClassifyOptions {
  topK?: number;
  /** Adds normalized text, tokens, active features and fired keywords. */
  debug?: boolean;
}

export interface Classifier {
  readonly info: ModelInfo;
  /** Which build of the core runs. */
  readonly variant: CoreVariant;
  classify(text: string, options?: ClassifyOptions): ClassificationResult;
  classifyBatch(texts: readonly string[], options?: ClassifyOptions): ClassificationResult[];
  /**
   * The fast path for pipelines: writes each head's label index into `out` (head order as in
   * info.heads) and returns the confidence of the top-k head, without building a result.
   */
  labelIndices(text: string, out: Int32Array): number;
}

async function resolveModel(source: ModelSource): Promise<Model> {
  if (source instanceof URL) return loadModel(parseModelJson(await fetchText(source)));
  if (typeof source === "string") {
    if (source.trimStart().startsWith("{")) return loadModel(parseModelJson(source));
    return loadModel(parseModelJson(await fetchText(new URL(source, globalThis.location?.href))));
  }
  return isLoadedModel(source) ? source : loadModel(source);
}

/** A Model from loadModel() holds typed arrays; a model document holds JSON. */
const isLoadedModel = (x: object): x is Model => ArrayBuffer.isView((x as Partial<Model>).embedding?.data);

async function fetchText(url: URL): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new ModelFormatError("", `could not fetch the model from ${url.href}: ${(e as Error).message}`);
  }
  if (!response.ok) throw new ModelFormatError("", `could not fetch the model from ${url.href}: HTTP ${response.status}`);
  return response.text();
}

const mainHead = (heads: readonly HeadSlot[]): HeadSlot | null =>
  heads.find((h) => h.name === "intent") ??
  heads.filter((h) => h.activation === "softmax").sort((a, b) => b.labels.length - a.labels.length)[0] ??
  null;

export async function createClassifier(options: ClassifierOptions): Promise<Classifier> {
  if (typeof options !== "object" || options === null) throw new TypeError('createClassifier: expected an options object with "model" and "core"');
  if (options.model === undefined || options.model === null) throw new TypeError('createClassifier: "model" is required');
  const model = await resolveModel(options.model);
  return classifierFromModel(model, options);
}

export function classifierFromModel(model: Model, options: Omit<ClassifierOptions, "model">): Classifier {
  const variant = options.core instanceof WebAssembly.Module ? (options.variant ?? "simd") : chooseVariant(options.variant);
  const module = options.core instanceof WebAssembly.Module ? options.core : options.core[variant];
  if (!(module instanceof WebAssembly.Module)) throw new TypeError('createClassifier: "core" must be a WebAssembly.Module or {simd, scalar} modules');
  const core = instantiateCore(module);
  const normalize = createNormalizer(model.preprocess);
  const extractor = new FeatureExtractor(model.features, model.embedding.cols, tokenCharTable(model.preprocess.mode), model.preprocess.negation?.mark ?? null);
  const engine = new Engine(core, model, extractor.maxActive, extractor.layout.embedding, options.keepInt8 ?? false);
  const heads = engine.heads;
  const top = mainHead(heads);
  const defaultK = options.topK ?? 3;
  const info = describeModel(model);
  const results = new ResultBuilder(heads, top);

  const run = (text: unknown, name: string): string => {
    if (typeof text !== "string") throw new TypeError(`${name}: expected "text" to be a string, got ${text === null ? "null" : typeof text}`);
    const normalized = normalize(text);
    const counts = extractor.extract(normalized, engine.buffers);
    engine.forward(counts.active, counts.embeddingRows);
    return normalized;
  };

  const debugInfo = (normalized: string): DebugInfo => {
    const { ids, vals } = engine.buffers;
    const features: [number, number][] = [];
    for (let i = 0; i < engine.lastInputs; i++) if (vals[i] !== 0) features.push([ids[i]!, vals[i]!]);
    features.sort((a, b) => a[0] - b[0]);
    const kw = extractor.layout.keywords;
    const tokens = extractor.tokens(normalized);
    return {
      normalized_text: tokens.join(" "),
      tokens,
      feature_size: extractor.layout.size,
      features,
      keywords: features.filter(([i]) => i >= kw && i < extractor.layout.hashed).map(([i]) => model.features.keywords[i - kw]!),
      ...(model.features.lexicon ? { sentiment_words: extractor.polarities(normalized) } : {}),
      known: tokens.map((t) => {
        const k = extractor.known(t);
        return k.bow || k.embedding;
      }),
    };
  };

  const classify = (text: string, opts?: ClassifyOptions): ClassificationResult => {
    const normalized = run(text, "classify");
    const k = opts?.topK ?? defaultK;
    if (!Number.isInteger(k) || k < 1) throw new TypeError(`classify: "topK" must be a whole number ≥ 1, got ${String(k)}`);
    const result = results.build(engine.probs, k);
    if (opts?.debug) result.debug = debugInfo(normalized);
    return result;
  };

  return {
    info,
    variant,
    classify,
    classifyBatch(texts, opts) {
      if (!Array.isArray(texts)) throw new TypeError(`classifyBatch: expected "texts" to be an array of strings, got ${typeof texts}`);
      return texts.map((t, i) => {
        if (typeof t !== "string") throw new TypeError(`classifyBatch: expected "texts[${i}]" to be a string, got ${t === null ? "null" : typeof t}`);
        return classify(t, opts);
      });
    },
    labelIndices(text, out) {
      run(text, "labelIndices");
      for (let h = 0; h < heads.length; h++) out[h] = pickLabel(heads[h]!, engine.probs);
      return top === null ? 0 : labelProbability(top, engine.probs, pickLabel(top, engine.probs));
    },
  };
}
