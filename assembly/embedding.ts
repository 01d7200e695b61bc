// Embedding bag: the mean of n table rows, summed in float32 in token order and multiplied by
// the float32 reciprocal of n (the reference engine's exact arithmetic). A row may repeat; row
// indices are trusted (the host maps unknown tokens to a valid row).
import { addScaled } from "./column";

/**
 * Forward, float32 table.
 * table: f32[vocab × dim], rows: i32[n] → out: f32[dim] (all zeros when n = 0)
 */
export function embedding_bag_f32(table: usize, dim: i32, rows: usize, n: i32, out: usize): void {
  memory.fill(out, 0, <usize>dim << 2);
  if (n == 0) return;
  const stride = <usize>dim << 2;
  // row · 1 is exact, so this is the plain float32 sum of the rows in token order.
  for (let t = 0; t < n; t++) addScaled(out, table + <usize>load<i32>(rows + (<usize>t << 2)) * stride, 1, dim);
  scaleInPlace(out, <f32>1 / <f32>n, dim);
}

/**
 * Forward, int8 table with one float32 scale per row: row value = f32(q) · scale[row].
 * table8: i8[vocab × dim], scale: f32[vocab], rows: i32[n] → out: f32[dim]
 */
export function embedding_bag_i8(table8: usize, scale: usize, dim: i32, rows: usize, n: i32, out: usize): void {
  memory.fill(out, 0, <usize>dim << 2);
  if (n == 0) return;
  for (let t = 0; t < n; t++) {
    const row = <usize>load<i32>(rows + (<usize>t << 2));
    const s = load<f32>(scale + (row << 2));
    const q = table8 + row * <usize>dim;
    let d = 0;
    if (ASC_FEATURE_SIMD) {
      const sv = f32x4.splat(s);
      for (; d + 4 <= dim; d += 4) {
        const off = <usize>d << 2;
        const w = f32x4.convert_i32x4_s(
          i32x4.extend_low_i16x8_s(i16x8.extend_low_i8x16_s(v128.load32_zero(q + <usize>d))),
        );
        v128.store(out + off, f32x4.add(v128.load(out + off), f32x4.mul(w, sv)));
      }
    }
    for (; d < dim; d++) {
      const off = <usize>d << 2;
      store<f32>(out + off, load<f32>(out + off) + <f32>load<i8>(q + <usize>d) * s);
    }
  }
  scaleInPlace(out, <f32>1 / <f32>n, dim);
}

@inline
function scaleInPlace(y: usize, s: f32, n: i32): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const sv = f32x4.splat(s);
    for (; i + 4 <= n; i += 4) {
      const off = <usize>i << 2;
      v128.store(y + off, f32x4.mul(v128.load(y + off), sv));
    }
  }
  for (; i < n; i++) {
    const off = <usize>i << 2;
    store<f32>(y + off, load<f32>(y + off) * s);
  }
}

/**
 * Backward of embedding_bag_f32, for training: each of the n rows gets dout / n.
 * rows: i32[n], dout: f32[dim] → dtable: f32[vocab × dim] (rows touched only)
 */
export function embedding_bag_backward_f32(dtable: usize, dim: i32, rows: usize, n: i32, dout: usize): void {
  if (n == 0) return;
  const inv = <f32>1 / <f32>n;
  const stride = <usize>dim << 2;
  for (let t = 0; t < n; t++) addScaled(dtable + <usize>load<i32>(rows + (<usize>t << 2)) * stride, dout, inv, dim);
}
