// The WebAssembly core: instantiation from a compiled module (every environment hands one in;
// Cloudflare Workers forbid compiling from bytes) and typed access to its kernels.

export interface CoreExports {
  memory: WebAssembly.Memory;
  alloc(bytes: number): number;
  linear_f32(w: number, b: number, x: number, y: number, rows: number, cols: number): void;
  linear_i8(w8: number, scale: number, b: number, x: number, y: number, rows: number, cols: number): void;
  sparse_linear_f32(w: number, b: number, ids: number, vals: number, n: number, y: number, rows: number): void;
  sparse_linear_i8(w8: number, scale: number, b: number, ids: number, vals: number, n: number, y: number, rows: number): void;
  embedding_bag_f32(table: number, dim: number, rows: number, n: number, out: number): void;
  embedding_bag_i8(table8: number, scale: number, dim: number, rows: number, n: number, out: number): void;
  relu(x: number, n: number): void;
  softmax(z: number, p: number, n: number): void;
  sigmoid(z: number, p: number, n: number): void;
  // Training kernels (backward passes and the optimizer).
  linear_backward_f32(w: number, x: number, dy: number, dw: number, db: number, dx: number, rows: number, cols: number): void;
  sparse_linear_backward_f32(w: number, ids: number, vals: number, n: number, dy: number, dw: number, db: number, dvals: number, rows: number): void;
  embedding_bag_backward_f32(dtable: number, dim: number, rows: number, n: number, dout: number): void;
  relu_backward(y: number, dy: number, n: number): void;
  softmax_xent_backward(p: number, n: number, target: number, scale: number, dz: number): number;
  sigmoid_bce_backward(p: number, target: number, scale: number, dz: number): number;
  adamw(p: number, g: number, m: number, v: number, n: number, lr: number, beta1: number, beta2: number, eps: number, wd: number, bc1: number, bc2: number): void;
}

/** The two builds of the core: with SIMD, and without for engines that lack it. */
export interface CoreModules {
  simd: WebAssembly.Module;
  scalar: WebAssembly.Module;
}

// The smallest module using a v128 instruction: validates only where SIMD is supported.
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

let simdSupported: boolean | undefined;
export function supportsSimd(): boolean {
  return (simdSupported ??= WebAssembly.validate(SIMD_PROBE));
}

export type CoreVariant = "simd" | "scalar";

/** Picks the SIMD build where the engine supports SIMD, the scalar build elsewhere. */
export function chooseVariant(force?: CoreVariant): CoreVariant {
  return force ?? (supportsSimd() ? "simd" : "scalar");
}

export function instantiateCore(module: WebAssembly.Module): CoreExports {
  const instance = new WebAssembly.Instance(module, {});
  return instance.exports as unknown as CoreExports;
}

/** Typed views on the core's memory, re-created when memory grows (growth detaches them). */
export class MemoryViews {
  private buffer: ArrayBuffer | null = null;
  f32!: Float32Array;
  i32!: Int32Array;
  i8!: Int8Array;

  constructor(private readonly memory: WebAssembly.Memory) {
    this.refresh();
  }

  refresh(): this {
    if (this.buffer !== this.memory.buffer) {
      this.buffer = this.memory.buffer as ArrayBuffer;
      this.f32 = new Float32Array(this.buffer);
      this.i32 = new Int32Array(this.buffer);
      this.i8 = new Int8Array(this.buffer);
    }
    return this;
  }
}
