// Dense linear layers: y = W·x + b, with W stored input-major (see column.ts).
import { addColumnF32, addColumnI8, addInPlace, zero } from "./column";

/**
 * Forward, float32 weights.
 * w: f32[cols × rows] (input-major), b: f32[rows], x: f32[cols] → y: f32[rows]
 */
export function linear_f32(w: usize, b: usize, x: usize, y: usize, rows: i32, cols: i32): void {
  zero(y, rows);
  const stride = <usize>rows << 2;
  for (let c = 0; c < cols; c++) {
    const xc = load<f32>(x + (<usize>c << 2));
    if (xc != 0) addColumnF32(y, w + <usize>c * stride, xc, rows);
  }
  addInPlace(y, b, rows);
}

/**
 * Forward, int8 weights with one float32 scale per output row:
 * y[r] = b[r] + Σ_c (W8[c, r] · scale[r]) · x[c]
 * w8: i8[cols × rows] (input-major), scale: f32[rows], b: f32[rows], x: f32[cols] → y: f32[rows]
 */
export function linear_i8(w8: usize, scale: usize, b: usize, x: usize, y: usize, rows: i32, cols: i32): void {
  zero(y, rows);
  for (let c = 0; c < cols; c++) {
    const xc = load<f32>(x + (<usize>c << 2));
    if (xc != 0) addColumnI8(y, w8 + <usize>c * <usize>rows, scale, xc, rows);
  }
  addInPlace(y, b, rows);
}
