// What the classifier worker offers over Comlink.
import type { ClassifyOptions } from "../runtime/classifier.js";
import type { ModelInfo } from "../runtime/model-info.js";
import type { ClassificationResult } from "../runtime/result.js";

export interface ModelSourceMessage {
  /** URL of a model file (fetched once and kept in the Cache API). */
  modelUrl?: string;
  /** A model document or its JSON text (a file the user picked, say). */
  model?: Record<string, unknown> | string;
}

export interface LoadedModel {
  info: ModelInfo;
  /** Which build of the core runs: SIMD where the browser supports it. */
  variant: "simd" | "scalar";
  bytes: number;
  loadMs: number;
}

export interface WorkerApi {
  /** Loads a model; on failure the previous model stays in use. */
  load(source: ModelSourceMessage): Promise<LoadedModel>;
  classify(text: string, options?: ClassifyOptions): ClassificationResult;
  classifyBatch(texts: string[], options?: ClassifyOptions): ClassificationResult[];
  info(): LoadedModel | null;
}
