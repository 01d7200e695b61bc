// Node: the core's .wasm files ship in the package's build/ folder.
import { readFile } from "node:fs/promises";
import { chooseVariant, type CoreVariant } from "./core.js";

const cache = new Map<CoreVariant, Promise<WebAssembly.Module>>();

export function coreFileUrl(variant: CoreVariant): URL {
  return new URL(`../../build/core-${variant}.wasm`, import.meta.url);
}

/** Compiles (once per process) the build of the core this Node supports, or the one asked for. */
export function loadCoreModule(force?: CoreVariant): Promise<{ module: WebAssembly.Module; variant: CoreVariant }> {
  const variant = chooseVariant(force);
  let module = cache.get(variant);
  if (!module) {
    module = readFile(coreFileUrl(variant)).then(
      (bytes) => WebAssembly.compile(bytes),
      (e: Error) => {
        throw new Error(`the WebAssembly core is missing (${e.message}); run "npm run build" first`);
      },
    );
    cache.set(variant, module);
  }
  return module.then((m) => ({ module: m, variant }));
}
