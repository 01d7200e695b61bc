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

/** Backward ReLU in place: dy[i] = y[i] > 0 ? dy[i] : 0;  y (the forward output), dy: f32[n] */
export function relu_backward(y: usize, dy: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const off = <usize>i << 2;
    if (!(load<f32>(y + off) > 0)) store<f32>(dy + off, 0);
  }
}

/**
 * Softmax cross-entropy, for training: p: f32[n] (softmax output), target label t, weight s
 * (head weight × class weight ÷ batch size) → dz: f32[n] = s · (p − onehot(t)).
 * Returns the unweighted loss −log p[t].
 */
export function softmax_xent_backward(p: usize, n: i32, t: i32, s: f32, dz: usize): f32 {
  for (let i = 0; i < n; i++) {
    const off = <usize>i << 2;
    store<f32>(dz + off, s * (load<f32>(p + off) - (i == t ? <f32>1 : <f32>0)));
  }
  return <f32>-Math.log(max(<f64>load<f32>(p + (<usize>t << 2)), 1e-30));
}

/**
 * Sigmoid binary cross-entropy, for training: p = σ(z), target y ∈ {0, 1}, weight s →
 * dz = s · (p − y). Returns the unweighted loss.
 */
export function sigmoid_bce_backward(p: usize, y: f32, s: f32, dz: usize): f32 {
  const q = load<f32>(p);
  store<f32>(dz, s * (q - y));
  const pr = <f64>(y > 0.5 ? q : <f32>1 - q);
  return <f32>-Math.log(max(pr, 1e-30));
}
