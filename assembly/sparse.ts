// The sparse first layer. The input is a list of n active features (id, value), ids ascending;
// every other input is zero. Each active feature adds its weight column, so a ticket costs
// n × rows multiply-adds instead of inputSize × rows.
import { accumulateF32, accumulateI8, addInPlace, addScaled, dot } from "./column";

/**
 * Forward, float32 weights.
 * w: f32[inputSize × rows] (input-major), b: f32[rows], ids: i32[n], vals: f32[n] → y: f32[rows]
 */
export function sparse_linear_f32(w: usize, b: usize, ids: usize, vals: usize, n: i32, y: usize, rows: i32): void {
  accumulateF32(false, y, w, rows, 0, ids, vals, n);
  addInPlace(y, b, rows);
}

/**
 * Forward, int8 weights with one float32 scale per output row.
 * w8: i8[inputSize × rows] (input-major), scale: f32[rows], b: f32[rows], ids: i32[n],
 * vals: f32[n] → y: f32[rows]
 */
export function sparse_linear_i8(w8: usize, scale: usize, b: usize, ids: usize, vals: usize, n: i32, y: usize, rows: i32): void {
  accumulateI8(false, y, w8, scale, rows, 0, ids, vals, n);
  addInPlace(y, b, rows);
}

/**
 * Backward of sparse_linear_f32, for training.
 * Given the forward's ids: i32[n], vals: f32[n] and dy: f32[rows]:
 *   dw column ids[k] += vals[k] · dy     (only the active columns are touched)
 *   db: f32[rows]    += dy
 *   dvals: f32[n]     = (column ids[k]) · dy   (the gradient of each input value; skipped when 0)
 */
export function sparse_linear_backward_f32(w: usize, ids: usize, vals: usize, n: i32, dy: usize, dw: usize, db: usize, dvals: usize, rows: i32): void {
  const stride = <usize>rows << 2;
  for (let k = 0; k < n; k++) {
    const off = <usize>k << 2;
    const col = <usize>load<i32>(ids + off) * stride;
    addScaled(dw + col, dy, load<f32>(vals + off), rows);
    if (dvals != 0) store<f32>(dvals + off, dot(w + col, dy, rows));
  }
  addScaled(db, dy, 1, rows);
}
