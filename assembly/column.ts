// The inner loops every linear layer shares: y = Σ_k W[:, c_k] · x_k over the active inputs.
//
// Weights are stored input-major: column c (the weights from input c to every output) is
// contiguous, W[c * rows + r]. A layer walks its inputs and adds their columns, which
//  - accumulates each output in input order, the same float32 order as a row-major dot
//    product, so results match a plain per-row implementation bit for bit;
//  - is the layout the sparse first layer needs, where only a few inputs are active.
// Dense inputs are not tested for zero: after ReLU about half are zero in no predictable
// pattern, and a mispredicted branch costs more than the multiply-add it saves. Adding w·0
// leaves every sum unchanged, so the results are the same either way.
// With SIMD, outputs are taken 16 at a time in four registers (each column costs 4 vector
// multiply-adds and no accumulator traffic), then 4 at a time; a scalar loop takes the rest.
//
// Inputs come either dense (x: f32[cols]) or sparse (ids: i32[n], vals: f32[n]).

/** Column index of the k-th input. */
@inline
function inputColumn(dense: bool, ids: usize, k: i32): usize {
  return dense ? <usize>k : <usize>load<i32>(ids + (<usize>k << 2));
}

/** Value of the k-th input. */
@inline
function inputValue(dense: bool, x: usize, vals: usize, k: i32): f32 {
  return load<f32>((dense ? x : vals) + (<usize>k << 2));
}

/** y[rows] = Σ_k W[:, c_k] · x_k with float32 weights W: f32[cols × rows]. */
@inline
export function accumulateF32(dense: bool, y: usize, w: usize, rows: i32, x: usize, ids: usize, vals: usize, count: i32): void {
  const stride = <usize>rows << 2;
  let r = 0;
  if (ASC_FEATURE_SIMD) {
    for (; r + 16 <= rows; r += 16) {
      const base = w + (<usize>r << 2);
      let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
      for (let k = 0; k < count; k++) {
        const xk = inputValue(dense, x, vals, k);
        const xv = f32x4.splat(xk);
        const col = base + inputColumn(dense, ids, k) * stride;
        a0 = f32x4.add(a0, f32x4.mul(v128.load(col), xv));
        a1 = f32x4.add(a1, f32x4.mul(v128.load(col, 16), xv));
        a2 = f32x4.add(a2, f32x4.mul(v128.load(col, 32), xv));
        a3 = f32x4.add(a3, f32x4.mul(v128.load(col, 48), xv));
      }
      const out = y + (<usize>r << 2);
      v128.store(out, a0);
      v128.store(out, a1, 16);
      v128.store(out, a2, 32);
      v128.store(out, a3, 48);
    }
    for (; r + 4 <= rows; r += 4) {
      const base = w + (<usize>r << 2);
      let a = f32x4.splat(0);
      for (let k = 0; k < count; k++) {
        const xk = inputValue(dense, x, vals, k);
        a = f32x4.add(a, f32x4.mul(v128.load(base + inputColumn(dense, ids, k) * stride), f32x4.splat(xk)));
      }
      v128.store(y + (<usize>r << 2), a);
    }
  }
  for (; r < rows; r++) {
    const base = w + (<usize>r << 2);
    let a: f32 = 0;
    for (let k = 0; k < count; k++) {
      const xk = inputValue(dense, x, vals, k);
      a += load<f32>(base + inputColumn(dense, ids, k) * stride) * xk;
    }
    store<f32>(y + (<usize>r << 2), a);
  }
}

/** Four int8 weights → f32x4. */
@inline
function widen4(p: usize): v128 {
  return f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_s(i16x8.extend_low_i8x16_s(v128.load32_zero(p))));
}

/**
 * y[rows] = Σ_k (W8[:, c_k] · scale) · x_k with int8 weights W8: i8[cols × rows] and one
 * float32 scale per output row. Each term is (f32(q) · scale[r]) · x, rounded as written.
 */
@inline
export function accumulateI8(dense: bool, y: usize, w8: usize, scale: usize, rows: i32, x: usize, ids: usize, vals: usize, count: i32): void {
  const stride = <usize>rows;
  let r = 0;
  if (ASC_FEATURE_SIMD) {
    for (; r + 16 <= rows; r += 16) {
      const base = w8 + <usize>r;
      const sp = scale + (<usize>r << 2);
      const s0 = v128.load(sp), s1 = v128.load(sp, 16), s2 = v128.load(sp, 32), s3 = v128.load(sp, 48);
      let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
      for (let k = 0; k < count; k++) {
        const xk = inputValue(dense, x, vals, k);
        const xv = f32x4.splat(xk);
        const q = v128.load(base + inputColumn(dense, ids, k) * stride);
        const lo = i16x8.extend_low_i8x16_s(q);
        const hi = i16x8.extend_high_i8x16_s(q);
        const w0 = f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_s(lo));
        const w1 = f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_s(lo));
        const w2 = f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_s(hi));
        const w3 = f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_s(hi));
        a0 = f32x4.add(a0, f32x4.mul(f32x4.mul(w0, s0), xv));
        a1 = f32x4.add(a1, f32x4.mul(f32x4.mul(w1, s1), xv));
        a2 = f32x4.add(a2, f32x4.mul(f32x4.mul(w2, s2), xv));
        a3 = f32x4.add(a3, f32x4.mul(f32x4.mul(w3, s3), xv));
      }
      const out = y + (<usize>r << 2);
      v128.store(out, a0);
      v128.store(out, a1, 16);
      v128.store(out, a2, 32);
      v128.store(out, a3, 48);
    }
    for (; r + 4 <= rows; r += 4) {
      const base = w8 + <usize>r;
      const s = v128.load(scale + (<usize>r << 2));
      let a = f32x4.splat(0);
      for (let k = 0; k < count; k++) {
        const xk = inputValue(dense, x, vals, k);
        const w = widen4(base + inputColumn(dense, ids, k) * stride);
        a = f32x4.add(a, f32x4.mul(f32x4.mul(w, s), f32x4.splat(xk)));
      }
      v128.store(y + (<usize>r << 2), a);
    }
  }
  for (; r < rows; r++) {
    const base = w8 + <usize>r;
    const s = load<f32>(scale + (<usize>r << 2));
    let a: f32 = 0;
    for (let k = 0; k < count; k++) {
      const xk = inputValue(dense, x, vals, k);
      a += (<f32>load<i8>(base + inputColumn(dense, ids, k) * stride) * s) * xk;
    }
    store<f32>(y + (<usize>r << 2), a);
  }
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

/** y[0..n) += a · x[0..n) */
@inline
export function addScaled(y: usize, x: usize, a: f32, n: i32): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const av = f32x4.splat(a);
    for (; i + 4 <= n; i += 4) {
      const off = <usize>i << 2;
      v128.store(y + off, f32x4.add(v128.load(y + off), f32x4.mul(v128.load(x + off), av)));
    }
  }
  for (; i < n; i++) {
    const off = <usize>i << 2;
    store<f32>(y + off, load<f32>(y + off) + load<f32>(x + off) * a);
  }
}

/** Σ a[i] · b[i] over [0, n) */
@inline
export function dot(a: usize, b: usize, n: i32): f32 {
  let i = 0;
  let s: f32 = 0;
  if (ASC_FEATURE_SIMD) {
    let acc = f32x4.splat(0);
    for (; i + 4 <= n; i += 4) {
      const off = <usize>i << 2;
      acc = f32x4.add(acc, f32x4.mul(v128.load(a + off), v128.load(b + off)));
    }
    s = f32x4.extract_lane(acc, 0) + f32x4.extract_lane(acc, 1) + f32x4.extract_lane(acc, 2) + f32x4.extract_lane(acc, 3);
  }
  for (; i < n; i++) {
    const off = <usize>i << 2;
    s += load<f32>(a + off) * load<f32>(b + off);
  }
  return s;
}
