// The Cloudflare Worker: the WebAssembly core imported as a compiled module and the default
// model bundled as JSON, both turned into a classifier once per isolate at global scope
// (Workers forbid compiling WebAssembly from bytes at run time).
import core from "../../build/core-simd.wasm";
import modelDocument from "../../public/model.json" with { type: "json" };
import { loadModel } from "../model/load.js";
import { classifierFromModel } from "../runtime/classifier.js";
import { createHandler, type EdgeEnv } from "./handler.js";

const classifier = classifierFromModel(loadModel(modelDocument), { core, variant: "simd" });
const handle = createHandler(classifier);

export default {
  fetch(request: Request, env: EdgeEnv): Promise<Response> {
    return handle(request, env);
  },
};
