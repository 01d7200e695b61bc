// The one inner loop every linear layer shares: add one weight column, scaled by one input
// value, to all outputs.
//
// Weights are stored input-major: column c (the weights from input c to every output) is
// contiguous, W[c * rows + r]. A layer then walks its inputs and adds their columns, which
//  - accumulates each output in input order, the same float32 order as a row-major dot
//    product, so results match a plain per-row implementation bit for bit;
//  - skips a zero input (an absent word, a ReLU output of 0) for free;
//  - is the layout the sparse first layer needs, where only a few inputs are active.
// SIMD runs across 4 outputs at a time; a scalar tail handles rows not a multiple of 4.

/** acc[0..rows) += col[0..rows) * x;  col: f32[rows] */
@inline
export function addColumnF32(acc: usize, col: usize, x: f32, rows: i32): void {
  let r = 0;
  if (ASC_FEATURE_SIMD) {
    const xv = f32x4.splat(x);
    for (; r + 4 <= rows; r += 4) {
      const off = <usize>r << 2;
      v128.store(acc + off, f32x4.add(v128.load(acc + off), f32x4.mul(v128.load(col + off), xv)));
    }
  }
  for (; r < rows; r++) {
    const off = <usize>r << 2;
    store<f32>(acc + off, load<f32>(acc + off) + load<f32>(col + off) * x);
  }
}

/** acc[0..rows) += (f32(col8[r]) * scale[r]) * x;  col8: i8[rows], scale: f32[rows] */
@inline
export function addColumnI8(acc: usize, col8: usize, scale: usize, x: f32, rows: i32): void {
  let r = 0;
  if (ASC_FEATURE_SIMD) {
    const xv = f32x4.splat(x);
    for (; r + 4 <= rows; r += 4) {
      const off = <usize>r << 2;
      const w = f32x4.convert_i32x4_s(
        i32x4.extend_low_i16x8_s(i16x8.extend_low_i8x16_s(v128.load32_zero(col8 + <usize>r))),
      );
      const term = f32x4.mul(f32x4.mul(w, v128.load(scale + off)), xv);
      v128.store(acc + off, f32x4.add(v128.load(acc + off), term));
    }
  }
  for (; r < rows; r++) {
    const off = <usize>r << 2;
    const w = <f32>load<i8>(col8 + <usize>r);
    store<f32>(acc + off, load<f32>(acc + off) + (w * load<f32>(scale + off)) * x);
  }
}

/** y[0..n) = 0 */
@inline
export function zero(y: usize, n: i32): void {
  memory.fill(y, 0, <usize>n << 2);
}

/** y[0..n) += b[0..n) */
@inline
export function addInPlace(y: usize, b: usize, n: i32): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    for (; i + 4 <= n; i += 4) {
      const off = <usize>i << 2;
      v128.store(y + off, f32x4.add(v128.load(y + off), v128.load(b + off)));
    }
  }
  for (; i < n; i++) {
    const off = <usize>i << 2;
    store<f32>(y + off, load<f32>(y + off) + load<f32>(b + off));
  }
}
