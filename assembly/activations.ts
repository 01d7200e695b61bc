// Activations and output functions.

/** Forward ReLU in place: x[i] = max(x[i], 0);  x: f32[n] */
export function relu(x: usize, n: i32): void {
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const z = f32x4.splat(0);
    for (; i + 4 <= n; i += 4) {
      const off = <usize>i << 2;
      v128.store(x + off, f32x4.pmax(v128.load(x + off), z));
    }
  }
  for (; i < n; i++) {
    const off = <usize>i << 2;
    const v = load<f32>(x + off);
    store<f32>(x + off, v > 0 ? v : 0);
  }
}

/**
 * Numerically stable softmax: z: f32[n] logits → p: f32[n] probabilities.
 * Shifts by the max logit, exponentiates in float64, sums the unrounded exponentials in
 * float64 and multiplies each rounded exponential by the float32 reciprocal of the sum.
 */
export function softmax(z: usize, p: usize, n: i32): void {
  let m = load<f32>(z);
  for (let i = 1; i < n; i++) m = max(m, load<f32>(z + (<usize>i << 2)));
  let sum: f64 = 0;
  for (let i = 0; i < n; i++) {
    const off = <usize>i << 2;
    const e = Math.exp(<f64>(load<f32>(z + off) - m));
    sum += e;
    store<f32>(p + off, <f32>e);
  }
  const inv = <f32>(1 / sum);
  for (let i = 0; i < n; i++) {
    const off = <usize>i << 2;
    store<f32>(p + off, load<f32>(p + off) * inv);
  }
}

/** Logistic sigmoid: z: f32[n] logits → p: f32[n], p = 1 / (1 + f32(exp(−z))) in float32. */
export function sigmoid(z: usize, p: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const off = <usize>i << 2;
    const e = <f32>Math.exp(-<f64>load<f32>(z + off));
    store<f32>(p + off, <f32>1 / (<f32>1 + e));
  }
}
