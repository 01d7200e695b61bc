// Every kernel against a plain TypeScript implementation of the same arithmetic, on random
// shapes and data, for both builds of the core. Linear layers and the embedding bag must agree
// bit for bit (same float32 operations in the same order); softmax and sigmoid use each
// runtime's own exp, so they agree to a tolerance.
import { describe, expect, it } from "vitest";
import { freshCore, VARIANTS } from "./helpers/core.js";
import { randomFloats, rng } from "./helpers/random.js";

const f = Math.fround;
const COLS = [1, 3, 5, 17, 64, 1256];
const ROWS = [1, 3, 4, 5, 16, 17, 33, 64];

/** y[r] = b[r] + Σ_c W[r,c]·x[c], accumulated in float32 in column order. W row-major. */
function linearRef(w: Float32Array, b: Float32Array, x: Float32Array, rows: number, cols: number): Float32Array {
  const y = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let c = 0; c < cols; c++) s = f(s + f(w[r * cols + c]! * x[c]!));
    y[r] = f(s + b[r]!);
  }
  return y;
}

function linearI8Ref(q: Int8Array, scale: Float32Array, b: Float32Array, x: Float32Array, rows: number, cols: number): Float32Array {
  const y = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let c = 0; c < cols; c++) s = f(s + f(f(q[r * cols + c]! * scale[r]!) * x[c]!));
    y[r] = f(s + b[r]!);
  }
  return y;
}

const transpose = <T extends Float32Array | Int8Array>(a: T, rows: number, cols: number): T => {
  const out = new (a.constructor as new (n: number) => T)(a.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = a[r * cols + c]!;
  return out;
};

function randomInt8(rand: () => number, n: number): Int8Array {
  return Int8Array.from({ length: n }, () => Math.round(rand() * 254 - 127));
}

/** A random input with about a third of its entries zero, as after ReLU. */
function sparseish(rand: () => number, n: number): Float32Array {
  return randomFloats(rand, n, 2).map((v) => (rand() < 0.33 ? 0 : v));
}

describe.each(VARIANTS)("kernels (%s build)", (variant) => {
  const rand = rng(variant === "simd" ? 11 : 12);

  it.each(COLS)("linear_f32 and linear_i8 match the reference with %i columns", (cols) => {
    for (const rows of ROWS) {
      const { core, f32, i8, read, out } = freshCore(variant);
      const w = randomFloats(rand, rows * cols);
      const q = randomInt8(rand, rows * cols);
      const scale = Float32Array.from({ length: rows }, () => f(0.001 + rand() * 0.05));
      const b = randomFloats(rand, rows);
      const x = sparseish(rand, cols);
      const y = out(rows);
      core.linear_f32(f32(transpose(w, rows, cols)), f32(b), f32(x), y, rows, cols);
      expect(read(y, rows)).toEqual(linearRef(w, b, x, rows, cols));
      core.linear_i8(i8(transpose(q, rows, cols)), f32(scale), f32(b), f32(x), y, rows, cols);
      expect(read(y, rows)).toEqual(linearI8Ref(q, scale, b, x, rows, cols));
    }
  });

  it.each(COLS)("sparse_linear_f32 and sparse_linear_i8 match the dense reference with %i inputs", (inputs) => {
    for (const rows of ROWS) {
      const { core, f32, i32, i8, read, out } = freshCore(variant);
      const w = randomFloats(rand, rows * inputs);
      const q = randomInt8(rand, rows * inputs);
      const scale = Float32Array.from({ length: rows }, () => f(0.001 + rand() * 0.05));
      const b = randomFloats(rand, rows);
      // Active inputs: a random ascending subset; the dense vector has zeros elsewhere.
      const ids = Array.from({ length: inputs }, (_, i) => i).filter(() => rand() < 0.3);
      const vals = randomFloats(rand, ids.length, 3);
      const dense = new Float32Array(inputs);
      ids.forEach((id, k) => (dense[id] = vals[k]!));
      const y = out(rows);
      core.sparse_linear_f32(f32(transpose(w, rows, inputs)), f32(b), i32(ids), f32(vals), ids.length, y, rows);
      expect(read(y, rows)).toEqual(linearRef(w, b, dense, rows, inputs));
      core.sparse_linear_i8(i8(transpose(q, rows, inputs)), f32(scale), f32(b), i32(ids), f32(vals), ids.length, y, rows);
      expect(read(y, rows)).toEqual(linearI8Ref(q, scale, b, dense, rows, inputs));
    }
  });

  it.each([1, 3, 5, 17, 24])("embedding_bag_f32 and embedding_bag_i8 average rows (dim %i)", (dim) => {
    const { core, f32, i32, i8, read, out } = freshCore(variant);
    const vocab = 50;
    const table = randomFloats(rand, vocab * dim, 3);
    const q = randomInt8(rand, vocab * dim);
    const scale = Float32Array.from({ length: vocab }, () => f(0.01 + rand() * 0.05));
    for (const n of [0, 1, 2, 7, 24]) {
      const rows = Array.from({ length: n }, () => Math.floor(rand() * vocab));
      const inv = f(1 / n);
      const expectF = new Float32Array(dim);
      const expectQ = new Float32Array(dim);
      for (let d = 0; d < dim && n > 0; d++) {
        let s = 0;
        let sq = 0;
        for (const r of rows) {
          s = f(s + table[r * dim + d]!);
          sq = f(sq + f(q[r * dim + d]! * scale[r]!));
        }
        expectF[d] = f(s * inv);
        expectQ[d] = f(sq * inv);
      }
      const y = out(dim);
      core.embedding_bag_f32(f32(table), dim, i32(rows), n, y);
      expect(read(y, dim)).toEqual(expectF);
      core.embedding_bag_i8(i8(q), f32(scale), dim, i32(rows), n, y);
      expect(read(y, dim)).toEqual(expectQ);
    }
  });

  it.each([1, 3, 4, 5, 17, 64])("relu clamps negatives to zero (n = %i)", (n) => {
    const { core, f32, read } = freshCore(variant);
    const x = randomFloats(rand, n);
    const p = f32(x);
    core.relu(p, n);
    expect(read(p, n)).toEqual(x.map((v) => (v > 0 ? v : 0)));
  });

  it.each([1, 2, 3, 5, 14, 150])("softmax is a stable probability distribution (n = %i)", (n) => {
    const { core, f32, read, out } = freshCore(variant);
    for (const spread of [1, 30, 500]) {
      const z = randomFloats(rand, n, spread);
      const y = out(n);
      core.softmax(f32(z), y, n);
      const p = read(y, n);
      const m = Math.max(...z);
      const e = Array.from(z, (v) => Math.exp(f(v - m)));
      const sum = e.reduce((a, b) => a + b, 0);
      p.forEach((v, i) => expect(v).toBeCloseTo(e[i]! / sum, 6));
      expect(p.every(Number.isFinite)).toBe(true);
      expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-5);
    }
  });

  it("sigmoid matches 1 / (1 + e^−z) and saturates without NaN", () => {
    const { core, f32, read, out } = freshCore(variant);
    const z = Float32Array.from([-1000, -20, -1, -0.5, 0, 0.5, 1, 20, 1000]);
    const y = out(z.length);
    core.sigmoid(f32(z), y, z.length);
    const p = read(y, z.length);
    z.forEach((v, i) => expect(p[i]).toBeCloseTo(1 / (1 + Math.exp(-v)), 6));
    expect(p[0]).toBe(0);
    expect(p[8]).toBe(1);
  });
});
