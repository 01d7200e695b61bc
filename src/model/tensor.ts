// Packed tensors of the model file: little-endian bytes in base64, which keeps a file about
// 4× smaller than decimal text and loads without parsing numbers.
//   { "dtype": "f32", "shape": [rows, cols], "data": "<base64 f32>" }
//   { "dtype": "i8",  "shape": [rows, cols], "data": "<base64 i8>", "scale": "<base64 f32[rows]>" }
import * as v from "valibot";
import { decodeBase64, encodeBase64 } from "./base64.js";
import { fail } from "./errors.js";
import type { Matrix } from "./types.js";

export const tensorSchema = v.object({
  dtype: v.picklist(["f32", "i8"]),
  shape: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.minLength(1), v.maxLength(2)),
  data: v.string(),
  scale: v.optional(v.string()),
});
export type TensorJson = v.InferOutput<typeof tensorSchema>;

function bytes(text: string, path: string, expected: number): Uint8Array {
  const b = decodeBase64(text);
  if (b === null) fail(path, "expected base64 text");
  if (b.length !== expected) fail(path, `expected ${expected} bytes, got ${b.length}`);
  return b;
}

function finiteFloats(b: Uint8Array, path: string): Float32Array {
  const f = new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  for (let i = 0; i < f.length; i++) if (!Number.isFinite(f[i]!)) fail(`${path}[${i}]`, `expected a finite number, got ${f[i]}`);
  return f;
}

/** Decodes a tensor that must have exactly `rows` × `cols` elements (cols = 1 for vectors). */
export function decodeMatrix(t: TensorJson, path: string, rows: number, cols: number): Matrix {
  const [r, c = 1] = t.shape;
  if (r !== rows) fail(path, `expected ${rows} rows, got ${r}`);
  if (c !== cols) fail(path, `expected ${cols} columns, got ${c}`);
  if (t.dtype === "f32") {
    if (t.scale !== undefined) fail(`${path}.scale`, "a float32 tensor has no scale");
    return { dtype: "f32", rows, cols, data: finiteFloats(bytes(t.data, `${path}.data`, rows * cols * 4), `${path}.data`) };
  }
  if (t.scale === undefined) fail(`${path}.scale`, "an int8 tensor needs one float32 scale per row");
  const q = bytes(t.data, `${path}.data`, rows * cols);
  const data = new Int8Array(q.buffer, q.byteOffset, q.byteLength);
  for (let i = 0; i < data.length; i++) if (data[i] === -128) fail(`${path}.data[${i}]`, "expected an integer in [-127, 127], got -128");
  const scale = finiteFloats(bytes(t.scale, `${path}.scale`, rows * 4), `${path}.scale`);
  for (let i = 0; i < rows; i++) if (!(scale[i]! > 0)) fail(`${path}.scale[${i}]`, `expected a positive scale, got ${scale[i]}`);
  return { dtype: "i8", rows, cols, data, scale };
}

export function decodeVector(t: TensorJson, path: string, length: number): Float32Array {
  if (t.dtype !== "f32") fail(`${path}.dtype`, `expected "f32", got "${t.dtype}"`);
  if (t.shape.length !== 1) fail(`${path}.shape`, `expected a vector of ${length}, got shape [${t.shape.join(", ")}]`);
  return decodeMatrix(t, path, length, 1).data as Float32Array;
}

const toBase64 = (a: Float32Array | Int8Array) => encodeBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));

export function encodeMatrix(m: Matrix): TensorJson {
  const base = { dtype: m.dtype, shape: [m.rows, m.cols], data: toBase64(m.data) };
  return m.dtype === "i8" ? { ...base, scale: toBase64(m.scale) } : base;
}

export function encodeVector(v: Float32Array): TensorJson {
  return { dtype: "f32", shape: [v.length], data: toBase64(v) };
}
