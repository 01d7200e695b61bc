// Dense linear layers: y = W·x + b, with W stored input-major (see column.ts).
import { accumulateF32, accumulateI8, addInPlace } from "./column";

/**
 * Forward, float32 weights.
 * w: f32[cols × rows] (input-major), b: f32[rows], x: f32[cols] → y: f32[rows]
 */
export function linear_f32(w: usize, b: usize, x: usize, y: usize, rows: i32, cols: i32): void {
  accumulateF32(true, y, w, rows, x, 0, 0, cols);
  addInPlace(y, b, rows);
}

/**
 * Forward, int8 weights with one float32 scale per output row:
 * y[r] = b[r] + Σ_c (W8[c, r] · scale[r]) · x[c]
 * w8: i8[cols × rows] (input-major), scale: f32[rows], b: f32[rows], x: f32[cols] → y: f32[rows]
 */
export function linear_i8(w8: usize, scale: usize, b: usize, x: usize, y: usize, rows: i32, cols: i32): void {
  accumulateI8(true, y, w8, scale, rows, x, 0, 0, cols);
  addInPlace(y, b, rows);
}
