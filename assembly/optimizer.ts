// AdamW (Loshchilov & Hutter): Adam with weight decay applied to the weights directly.

/**
 * One update of n parameters: p, g (gradient), m, v: f32[n].
 * m = β1·m + (1−β1)·g;  v = β2·v + (1−β2)·g²;
 * p −= lr · ( (m / bc1) / (sqrt(v / bc2) + eps) + wd · p ),  bc1 = 1−β1^t, bc2 = 1−β2^t.
 */
export function adamw(p: usize, g: usize, m: usize, v: usize, n: i32, lr: f32, beta1: f32, beta2: f32, eps: f32, wd: f32, bc1: f32, bc2: f32): void {
  const ib1: f32 = 1 - beta1;
  const ib2: f32 = 1 - beta2;
  const ibc1: f32 = 1 / bc1;
  const ibc2: f32 = 1 / bc2;
  let i = 0;
  if (ASC_FEATURE_SIMD) {
    const b1 = f32x4.splat(beta1), b2 = f32x4.splat(beta2), c1 = f32x4.splat(ib1), c2 = f32x4.splat(ib2);
    const k1 = f32x4.splat(ibc1), k2 = f32x4.splat(ibc2), e = f32x4.splat(eps), lrv = f32x4.splat(lr), wdv = f32x4.splat(wd);
    for (; i + 4 <= n; i += 4) {
      const off = <usize>i << 2;
      const gv = v128.load(g + off);
      const mv = f32x4.add(f32x4.mul(b1, v128.load(m + off)), f32x4.mul(c1, gv));
      const vv = f32x4.add(f32x4.mul(b2, v128.load(v + off)), f32x4.mul(c2, f32x4.mul(gv, gv)));
      v128.store(m + off, mv);
      v128.store(v + off, vv);
      const pv = v128.load(p + off);
      const step = f32x4.add(f32x4.div(f32x4.mul(mv, k1), f32x4.add(f32x4.sqrt(f32x4.mul(vv, k2)), e)), f32x4.mul(wdv, pv));
      v128.store(p + off, f32x4.sub(pv, f32x4.mul(lrv, step)));
    }
  }
  for (; i < n; i++) {
    const off = <usize>i << 2;
    const gi = load<f32>(g + off);
    const mi = beta1 * load<f32>(m + off) + ib1 * gi;
    const vi = beta2 * load<f32>(v + off) + ib2 * gi * gi;
    store<f32>(m + off, mi);
    store<f32>(v + off, vi);
    const pi = load<f32>(p + off);
    store<f32>(p + off, pi - lr * ((mi * ibc1) / (Mathf.sqrt(vi * ibc2) + eps) + wd * pi));
  }
}
