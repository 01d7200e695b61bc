// The sparse first layer. The input is a list of n active features (id, value), ids ascending;
// every other input is zero. Each active feature adds its weight column, so a ticket costs
// n × rows multiply-adds instead of inputSize × rows.
import { addColumnF32, addColumnI8, addInPlace, zero } from "./column";

/**
 * Forward, float32 weights.
 * w: f32[inputSize × rows] (input-major), b: f32[rows], ids: i32[n], vals: f32[n] → y: f32[rows]
 */
export function sparse_linear_f32(w: usize, b: usize, ids: usize, vals: usize, n: i32, y: usize, rows: i32): void {
  zero(y, rows);
  const stride = <usize>rows << 2;
  for (let k = 0; k < n; k++) {
    const off = <usize>k << 2;
    addColumnF32(y, w + <usize>load<i32>(ids + off) * stride, load<f32>(vals + off), rows);
  }
  addInPlace(y, b, rows);
}

/**
 * Forward, int8 weights with one float32 scale per output row.
 * w8: i8[inputSize × rows] (input-major), scale: f32[rows], b: f32[rows], ids: i32[n],
 * vals: f32[n] → y: f32[rows]
 */
export function sparse_linear_i8(w8: usize, scale: usize, b: usize, ids: usize, vals: usize, n: i32, y: usize, rows: i32): void {
  zero(y, rows);
  for (let k = 0; k < n; k++) {
    const off = <usize>k << 2;
    addColumnI8(y, w8 + <usize>load<i32>(ids + off) * <usize>rows, scale, load<f32>(vals + off), rows);
  }
  addInPlace(y, b, rows);
}
