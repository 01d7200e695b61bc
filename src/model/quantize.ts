// Float32 → int8 with one float32 scale per row: w ≈ q · scale, scale = max|w_row| / 127.
import type { Matrix } from "./types.js";

/** Round half away from zero, as the reference engine rounds. */
const roundHalfAway = (x: number) => (x < 0 ? -Math.floor(-x + 0.5) : Math.floor(x + 0.5));

export function quantizeRows(m: Matrix): Matrix {
  if (m.dtype === "i8") return m;
  const { rows, cols, data } = m;
  const q = new Int8Array(rows * cols);
  const scale = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let maxAbs = 0;
    for (let c = 0; c < cols; c++) maxAbs = Math.max(maxAbs, Math.abs(data[r * cols + c]!));
    const s = maxAbs === 0 ? 1 : Math.fround(maxAbs / 127);
    scale[r] = s;
    for (let c = 0; c < cols; c++) {
      const v = roundHalfAway(Math.fround(data[r * cols + c]! / s));
      q[r * cols + c] = Math.max(-127, Math.min(127, v));
    }
  }
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
