import { readFileSync } from "node:fs";
import { instantiateCore, type CoreExports, type CoreVariant } from "../../src/runtime/core.js";
import { ROOT } from "./paths.js";

export const VARIANTS: CoreVariant[] = ["simd", "scalar"];

const modules = new Map<CoreVariant, WebAssembly.Module>();
export function coreModule(variant: CoreVariant): WebAssembly.Module {
  let m = modules.get(variant);
  if (!m) {
    m = new WebAssembly.Module(readFileSync(`${ROOT}build/core-${variant}.wasm`));
    modules.set(variant, m);
  }
  return m;
}

/** A fresh core instance with helpers to copy arrays in and out of its memory. */
export function freshCore(variant: CoreVariant) {
  const core: CoreExports = instantiateCore(coreModule(variant));
  const f32 = (a: ArrayLike<number>) => {
    const p = core.alloc(Math.max(4, a.length * 4));
    new Float32Array(core.memory.buffer, p, a.length).set(a);
    return p;
  };
  const i32 = (a: ArrayLike<number>) => {
    const p = core.alloc(Math.max(4, a.length * 4));
    new Int32Array(core.memory.buffer, p, a.length).set(a);
    return p;
  };
  const i8 = (a: ArrayLike<number>) => {
    const p = core.alloc(Math.max(4, a.length));
    new Int8Array(core.memory.buffer, p, a.length).set(a);
    return p;
  };
  const read = (p: number, n: number) => Float32Array.from(new Float32Array(core.memory.buffer, p, n));
  return { core, f32, i32, i8, read, out: (n: number) => core.alloc(Math.max(4, n * 4)) };
}
