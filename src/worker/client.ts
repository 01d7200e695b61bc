// The main-thread side: a typed client for the classifier worker.
//
//   const c = await createWorkerClassifier({ modelUrl: "/model.json" });
//   const result = await c.classifyLatest(textarea.value); // null when a newer text superseded it
//
// Model files are fetched once and kept in the Cache API under their URL; put a version in
// the URL (model.json?v=2) to make clients fetch a new model.
import * as Comlink from "comlink";
import type { ClassifyOptions } from "../runtime/classifier.js";
import type { ClassificationResult } from "../runtime/result.js";
import type { LoadedModel, ModelSourceMessage, WorkerApi } from "./protocol.js";

export type { LoadedModel, ModelSourceMessage } from "./protocol.js";
export type { ClassificationResult, HeadResult, TopKEntry, DebugInfo } from "../runtime/result.js";
export type { ClassifyOptions } from "../runtime/classifier.js";
export type { ModelInfo } from "../runtime/model-info.js";

export interface WorkerClassifierOptions extends ModelSourceMessage {
  /** A worker to use instead of starting the bundled one. */
  worker?: Worker;
}

export interface WorkerClassifier {
  readonly loaded: LoadedModel;
  /** Classifies one text. */
  classify(text: string, options?: ClassifyOptions): Promise<ClassificationResult>;
  /**
   * For text that changes as someone types: only the newest call is classified; a call
   * superseded before its turn resolves to null.
   */
  classifyLatest(text: string, options?: ClassifyOptions): Promise<ClassificationResult | null>;
  /** Classifies many texts in chunks, reporting progress; the page stays responsive. */
  classifyBatch(texts: readonly string[], options?: ClassifyOptions & { chunk?: number; onProgress?: (done: number, total: number) => void }): Promise<ClassificationResult[]>;
  /** Loads another model; if it fails, the current one stays loaded. */
  load(source: ModelSourceMessage): Promise<LoadedModel>;
  /** Stops the worker and frees the model and the core. */
  terminate(): void;
}

export async function createWorkerClassifier(options: WorkerClassifierOptions): Promise<WorkerClassifier> {
  const worker = options.worker ?? new Worker(new URL("./classifier-worker.js", import.meta.url), { type: "module" });
  const remote = Comlink.wrap<WorkerApi>(worker);
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener("error", (e) => reject(new Error(`the classifier worker failed to start: ${e.message || "script error"}`)), { once: true });
  });
  let loaded: LoadedModel;
  try {
    loaded = await Promise.race([remote.load({ modelUrl: options.modelUrl, model: options.model }), failed]);
  } catch (e) {
    worker.terminate();
    throw e;
  }
  let pending: { text: string; options?: ClassifyOptions; resolve: (r: ClassificationResult | null) => void; reject: (e: unknown) => void } | null = null;
  let running = false;

  const drain = async () => {
    if (running) return;
    running = true;
    while (pending) {
      const job = pending;
      pending = null;
      try {
        job.resolve(await remote.classify(job.text, job.options));
      } catch (e) {
        job.reject(e);
      }
    }
    running = false;
  };

  return {
    get loaded() {
      return loaded;
    },
    classify: (text, o) => remote.classify(text, o) as Promise<ClassificationResult>,
    classifyLatest(text, o) {
      return new Promise((resolve, reject) => {
        pending?.resolve(null);
        pending = { text, ...(o ? { options: o } : {}), resolve, reject };
        void drain();
      });
    },
    async classifyBatch(texts, o = {}) {
      const { chunk = 100, onProgress, ...classifyOptions } = o;
      const out: ClassificationResult[] = [];
      for (let i = 0; i < texts.length; i += chunk) {
        out.push(...((await remote.classifyBatch(texts.slice(i, i + chunk), classifyOptions)) as ClassificationResult[]));
        onProgress?.(out.length, texts.length);
      }
      return out;
    },
    async load(source) {
      loaded = await remote.load(source);
      return loaded;
    },
    terminate() {
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
