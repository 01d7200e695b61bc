// The sparse first layer. The input is a list of n active features (id, value), ids ascending;
// every other input is zero. Each active feature adds its weight column, so a ticket costs
// n × rows multiply-adds instead of inputSize × rows.
import { accumulateF32, accumulateI8, addInPlace } from "./column";

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
