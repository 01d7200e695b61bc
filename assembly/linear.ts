// Dense linear layers: y = W·x + b, with W stored input-major (see column.ts).
import { accumulateF32, accumulateI8, addInPlace, addScaled, dot } from "./column";

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

/**
 * Backward of linear_f32, for training (weights input-major, as in the forward pass).
 * Given x: f32[cols] (the forward input) and dy: f32[rows] (the gradient of the output):
 *   dw: f32[cols × rows] += x ⊗ dy      (column c += x[c] · dy)
 *   db: f32[rows]        += dy
 *   dx: f32[cols]         = Wᵀ · dy      (dx[c] = column c · dy); skipped when dx = 0
 */
export function linear_backward_f32(w: usize, x: usize, dy: usize, dw: usize, db: usize, dx: usize, rows: i32, cols: i32): void {
  const stride = <usize>rows << 2;
  for (let c = 0; c < cols; c++) {
    const col = <usize>c * stride;
    const xc = load<f32>(x + (<usize>c << 2));
    if (xc != 0) addScaled(dw + col, dy, xc, rows);
    if (dx != 0) store<f32>(dx + (<usize>c << 2), dot(w + col, dy, rows));
  }
  addScaled(db, dy, 1, rows);
}
