// tinytriage for Node: the Classifier API with file paths for models and the core loaded from
// the package. Browsers and Workers use the environment-neutral runtime (src/runtime).
import { readFile } from "node:fs/promises";
import { loadModel, parseModelJson } from "./model/load.js";
import type { Model } from "./model/types.js";
import { classifierFromModel, createClassifier as createWithCore, type Classifier, type ClassifierOptions, type ModelSource } from "./runtime/classifier.js";
import type { CoreVariant } from "./runtime/core.js";
import { loadCoreModule } from "./runtime/node-core.js";

export type { Classifier, ClassifyOptions, ModelSource } from "./runtime/classifier.js";
export type { ClassificationResult, HeadResult, TopKEntry, DebugInfo } from "./runtime/result.js";
export type { HumanReadable } from "./runtime/narrative.js";
export type { ModelInfo } from "./runtime/model-info.js";
export type { Model } from "./model/types.js";
export { ModelFormatError } from "./model/errors.js";
export { loadModel, parseModelJson } from "./model/load.js";
export { toTinytriageJson } from "./model/format.js";
export { quantizeRows } from "./model/quantize.js";

export interface NodeClassifierOptions extends Omit<ClassifierOptions, "core" | "model"> {
  /** A model object, JSON text, an http(s) URL, or a file path. */
  model: ModelSource;
  core?: ClassifierOptions["core"];
  variant?: CoreVariant;
}

/** Reads and validates a model file. */
export async function loadModelFile(path: string): Promise<Model> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
    throw new Error(`cannot read model file ${path}: ${why}`);
  }
  return loadModel(parseModelJson(text));
}

const isPath = (s: string) => !s.trimStart().startsWith("{") && !/^(https?|file):\/\//.test(s);

export async function createClassifier(options: NodeClassifierOptions): Promise<Classifier> {
  if (typeof options !== "object" || options === null) throw new TypeError('createClassifier: expected an options object with "model"');
  const { model, core, variant } = options;
  if (core !== undefined) return createWithCore({ ...options, core });
  const loaded = await loadCoreModule(variant);
  const resolved = typeof model === "string" && isPath(model) ? await loadModelFile(model) : model instanceof URL && model.protocol === "file:" ? await loadModelFile(model.pathname) : null;
  if (resolved) return classifierFromModel(resolved, { ...options, core: loaded.module, variant: loaded.variant });
  return createWithCore({ ...options, core: loaded.module, variant: loaded.variant });
}
