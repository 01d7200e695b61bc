// Float32 → int8 with one float32 scale per row: w ≈ q · scale, scale = max|w_row| / 127.
import type { Matrix } from "./types.js";

/** Round half away from zero, as the reference engine rounds. */
const roundHalfAway = (x: number) => (x < 0 ? -Math.floor(-x + 0.5) : Math.floor(x + 0.5));

function quantizeRow(data: Float32Array, q: Int8Array, start: number, cols: number): number {
  let maxAbs = 0;
  for (let c = start; c < start + cols; c++) {
    const a = Math.abs(data[c]!);
    if (a > maxAbs) maxAbs = a;
  }
  const s = maxAbs === 0 ? 1 : Math.fround(maxAbs / 127);
  for (let c = start; c < start + cols; c++) {
    const v = roundHalfAway(Math.fround(data[c]! / s));
    q[c] = v > 127 ? 127 : v < -127 ? -127 : v;
  }
  return s;
}

export function quantizeRows(m: Matrix): Matrix {
  if (m.dtype === "i8") return m;
  const { rows, cols, data } = m;
  const q = new Int8Array(rows * cols);
  const scale = new Float32Array(rows);
  // One call per row: short functions called often get compiled early, which keeps the first
  // model load of a process fast.
  for (let r = 0; r < rows; r++) scale[r] = quantizeRow(data, q, r * cols, cols);
  return { dtype: "i8", rows, cols, data: q, scale };
}

export function dequantizeRows(m: Matrix): Float32Array {
  if (m.dtype === "f32") return m.data;
  const out = new Float32Array(m.rows * m.cols);
  for (let r = 0; r < m.rows; r++) {
    const s = m.scale[r]!;
    for (let c = 0; c < m.cols; c++) out[r * m.cols + c] = Math.fround(m.data[r * m.cols + c]! * s);
  }
  return out;
}
