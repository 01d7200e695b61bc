// The classifier's Web Worker: owns the WebAssembly core and the model, and answers over
// Comlink, so classification never runs on the page's main thread.
import * as Comlink from "comlink";
import { loadModel, parseModelJson } from "../model/load.js";
import { ModelFormatError } from "../model/errors.js";
import { classifierFromModel, type Classifier } from "../runtime/classifier.js";
import { chooseVariant, type CoreVariant } from "../runtime/core.js";
import type { LoadedModel, ModelSourceMessage, WorkerApi } from "./protocol.js";

const CORE_URLS: Record<CoreVariant, URL> = {
  simd: new URL("../../build/core-simd.wasm", import.meta.url),
  scalar: new URL("../../build/core-scalar.wasm", import.meta.url),
};
const CACHE = "tinytriage-models-v1";

let current: { classifier: Classifier; loaded: LoadedModel } | null = null;
const modules = new Map<CoreVariant, Promise<WebAssembly.Module>>();

/**
 * The bytes at a URL, kept in the Cache API after the first fetch (a new URL fetches anew):
 * models and cores load once, and again without a network.
 */
async function cachedFetch(url: string, what: string): Promise<ArrayBuffer> {
  const cache = typeof caches !== "undefined" ? await caches.open(CACHE).catch(() => null) : null;
  const cached = await cache?.match(url);
  if (cached) return cached.arrayBuffer();
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new ModelFormatError("", `could not fetch ${what} from ${url}: ${(e as Error).message}`);
  }
  if (!res.ok) throw new ModelFormatError("", `could not fetch ${what} from ${url}: HTTP ${res.status}`);
  const bytes = await res.arrayBuffer();
  await cache?.put(url, new Response(bytes)).catch(() => undefined);
  return bytes;
}

function coreModule(variant: CoreVariant): Promise<WebAssembly.Module> {
  let m = modules.get(variant);
  if (!m) {
    m = cachedFetch(CORE_URLS[variant].href, "the WebAssembly core").then((bytes) => WebAssembly.compile(bytes));
    modules.set(variant, m);
  }
  return m;
}

const api: WorkerApi = {
  async load(source: ModelSourceMessage): Promise<LoadedModel> {
    const started = performance.now();
    let text: string | null = null;
    let doc: unknown;
    if (source.modelUrl) text = new TextDecoder().decode(await cachedFetch(new URL(source.modelUrl, self.location.href).href, "the model"));
    else if (typeof source.model === "string") text = source.model;
    else if (source.model) doc = source.model;
    else throw new TypeError("load: give modelUrl or model");
    if (text !== null) doc = parseModelJson(text);
    const model = loadModel(doc);
    const variant = chooseVariant();
    const classifier = classifierFromModel(model, { core: await coreModule(variant), variant });
    const loaded: LoadedModel = { info: classifier.info, variant, bytes: text?.length ?? 0, loadMs: performance.now() - started };
    current = { classifier, loaded };
    return loaded;
  },
  classify(text, options) {
    if (!current) throw new Error("no model loaded");
    return current.classifier.classify(text, options);
  },
  classifyBatch(texts, options) {
    if (!current) throw new Error("no model loaded");
    return current.classifier.classifyBatch(texts, options);
  },
  info() {
    return current?.loaded ?? null;
  },
};

Comlink.expose(api);
