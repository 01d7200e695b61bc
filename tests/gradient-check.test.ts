// Gradient check: every backward kernel, and the whole network, against central finite
// differences of its forward pass. Relative error ‖analytic − numeric‖ / (‖analytic‖ + ‖numeric‖)
// must be at most 1e-3, for both builds of the core.
import { describe, expect, it } from "vitest";
import type { Examples } from "../src/train/examples.js";
import { Network, type TrainPass } from "../src/train/network.js";
import { freshCore, VARIANTS } from "./helpers/core.js";
import { randomFloats, rng } from "./helpers/random.js";

function relativeError(a: ArrayLike<number>, n: ArrayLike<number>): number {
  let diff = 0, na = 0, nn = 0;
  for (let i = 0; i < a.length; i++) {
    diff += (a[i]! - n[i]!) ** 2;
    na += a[i]! ** 2;
    nn += n[i]! ** 2;
  }
  return Math.sqrt(diff) / Math.max(1e-12, Math.sqrt(na) + Math.sqrt(nn));
}

/** Central differences of f over the float32 values at view[start..start+n). */
function numeric(view: () => Float32Array, at: number[], f: () => number, h: number): number[] {
  return at.map((i) => {
    const v = view();
    const x = v[i]!;
    v[i] = x + h;
    const up = f();
    view()[i] = x - h;
    const down = f();
    view()[i] = x;
    return (up - down) / (2 * h);
  });
}

/** A pass that perturbs the example only: unit weights for one three-class head. */
function noisyPass(dropout: number, tokenDropout: number, random: () => number = rng(0)): TrainPass {
  return { scale: 1, classWeights: [new Float32Array([1, 1, 1])], headWeights: [1], dropout, tokenDropout, random };
}

/** One example of class 0: the given sparse inputs (each with value 1) and embedding rows. */
function oneExample(featIds: number[], embRows: number[]): Examples {
  return {
    count: 1,
    featStart: Int32Array.from([0, featIds.length]),
    featIds: Int32Array.from(featIds),
    featVals: Float32Array.from(featIds, () => 1),
    embStart: Int32Array.from([0, embRows.length]),
    embRows: Int32Array.from(embRows),
    labels: [Int32Array.from([0])],
    weights: Float32Array.from([1]),
  };
}

describe.each(VARIANTS)("gradient check (%s build)", (variant) => {
  const rand = rng(variant === "simd" ? 21 : 22);
  const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, v, i) => s + v * b[i]!, 0);

  it("linear_backward_f32: dW, db, dx", () => {
    const { core, f32, read, out } = freshCore(variant);
    const rows = 7, cols = 13;
    const w = f32(randomFloats(rand, rows * cols)), b = f32(randomFloats(rand, rows)), x = f32(randomFloats(rand, cols));
    const r = randomFloats(rand, rows);
    const y = out(rows);
    const loss = () => (core.linear_f32(w, b, x, y, rows, cols), dot(read(y, rows), r));
    const dw = f32(new Float32Array(rows * cols)), db = f32(new Float32Array(rows)), dx = out(cols);
    core.linear_backward_f32(w, x, f32(r), dw, db, dx, rows, cols);
    const mem = () => new Float32Array(core.memory.buffer);
    const idx = (p: number, n: number) => Array.from({ length: n }, (_, i) => (p >> 2) + i);
    expect(relativeError(read(dw, rows * cols), numeric(mem, idx(w, rows * cols), loss, 1e-2))).toBeLessThan(1e-3);
    expect(relativeError(read(db, rows), numeric(mem, idx(b, rows), loss, 1e-2))).toBeLessThan(1e-3);
    expect(relativeError(read(dx, cols), numeric(mem, idx(x, cols), loss, 1e-2))).toBeLessThan(1e-3);
  });

  it("sparse_linear_backward_f32: dW of active columns, db, dvals", () => {
    const { core, f32, i32, read, out } = freshCore(variant);
    const rows = 9, inputs = 40;
    const ids = [2, 5, 6, 17, 33];
    const w = f32(randomFloats(rand, rows * inputs)), b = f32(randomFloats(rand, rows)), vals = f32(randomFloats(rand, ids.length, 2));
    const idp = i32(ids);
    const r = randomFloats(rand, rows);
    const y = out(rows);
    const loss = () => (core.sparse_linear_f32(w, b, idp, vals, ids.length, y, rows), dot(read(y, rows), r));
    const dw = f32(new Float32Array(rows * inputs)), db = f32(new Float32Array(rows)), dvals = out(ids.length);
    core.sparse_linear_backward_f32(w, idp, vals, ids.length, f32(r), dw, db, dvals, rows);
    const mem = () => new Float32Array(core.memory.buffer);
    const cols = ids.flatMap((c) => Array.from({ length: rows }, (_, k) => c * rows + k));
    const analytic = read(dw, rows * inputs);
    expect(relativeError(cols.map((i) => analytic[i]!), numeric(mem, cols.map((i) => (w >> 2) + i), loss, 1e-2))).toBeLessThan(1e-3);
    // Inactive columns get no gradient.
    expect(analytic.filter((v, i) => !ids.includes(Math.floor(i / rows)) && v !== 0)).toHaveLength(0);
    expect(relativeError(read(db, rows), numeric(mem, Array.from({ length: rows }, (_, i) => (b >> 2) + i), loss, 1e-2))).toBeLessThan(1e-3);
    expect(relativeError(read(dvals, ids.length), numeric(mem, ids.map((_, i) => (vals >> 2) + i), loss, 1e-2))).toBeLessThan(1e-3);
  });

  it("embedding_bag_backward_f32: each row gets dout / n", () => {
    const { core, f32, i32, read, out } = freshCore(variant);
    const vocab = 12, dim = 6;
    const table = f32(randomFloats(rand, vocab * dim));
    const rows = i32([3, 1, 3, 7]);
    const r = randomFloats(rand, dim);
    const y = out(dim);
    const loss = () => (core.embedding_bag_f32(table, dim, rows, 4, y), dot(read(y, dim), r));
    const dt = f32(new Float32Array(vocab * dim));
    core.embedding_bag_backward_f32(dt, dim, rows, 4, f32(r));
    const mem = () => new Float32Array(core.memory.buffer);
    expect(relativeError(read(dt, vocab * dim), numeric(mem, Array.from({ length: vocab * dim }, (_, i) => (table >> 2) + i), loss, 1e-2))).toBeLessThan(1e-3);
  });

  it("relu_backward masks by the forward output", () => {
    const { core, f32, read, out } = freshCore(variant);
    const n = 11;
    const xs = randomFloats(rand, n, 2).map((v) => (Math.abs(v) < 0.2 ? v + 0.5 : v));
    const x = f32(xs);
    const y = out(n);
    const r = randomFloats(rand, n);
    const loss = () => {
      new Float32Array(core.memory.buffer).copyWithin(y >> 2, x >> 2, (x >> 2) + n);
      core.relu(y, n);
      return dot(read(y, n), r);
    };
    loss();
    const d = f32(r);
    core.relu_backward(y, d, n);
    expect(relativeError(read(d, n), numeric(() => new Float32Array(core.memory.buffer), Array.from({ length: n }, (_, i) => (x >> 2) + i), loss, 1e-3))).toBeLessThan(1e-3);
  });

  it("softmax_xent_backward and sigmoid_bce_backward", () => {
    const { core, f32, read, out } = freshCore(variant);
    const n = 6, t = 2;
    const z = f32(randomFloats(rand, n, 2));
    const p = out(n);
    const loss = () => (core.softmax(z, p, n), -Math.log(read(p, n)[t]!));
    loss();
    const dz = out(n);
    const l = core.softmax_xent_backward(p, n, t, 1, dz);
    expect(l).toBeCloseTo(loss(), 5);
    const mem = () => new Float32Array(core.memory.buffer);
    expect(relativeError(read(dz, n), numeric(mem, Array.from({ length: n }, (_, i) => (z >> 2) + i), loss, 5e-3))).toBeLessThan(1e-3);

    for (const target of [0, 1]) {
      const zs = f32([0.7]);
      const q = out(1);
      const bce = () => {
        core.sigmoid(zs, q, 1);
        const pr = read(q, 1)[0]!;
        return -Math.log(target ? pr : 1 - pr);
      };
      bce();
      const g = out(1);
      core.sigmoid_bce_backward(q, target, 1, g);
      expect(relativeError(read(g, 1), numeric(mem, [zs >> 2], bce, 5e-3))).toBeLessThan(1e-3);
    }
  });

  it("the whole network: every parameter tensor", () => {
    const { core } = freshCore(variant);
    const heads = [
      { name: "a", labels: ["x", "y", "z"], activation: "softmax" as const },
      { name: "b", labels: ["lo", "hi"], activation: "sigmoid" as const },
    ];
    const net = new Network(core, { sparseInputs: 30, undroppedFrom: 30, embeddingRows: 10, embeddingDim: 4, hidden: [8, 6], heads, maxActive: 30, maxTokens: 8 });
    net.initialize(rng(3), 5);
    const ex: Examples = {
      count: 1,
      featStart: Int32Array.from([0, 4]),
      featIds: Int32Array.from([1, 7, 12, 29]),
      featVals: Float32Array.from([0.7, 1.1, 1, 0.4]),
      embStart: Int32Array.from([0, 3]),
      embRows: Int32Array.from([2, 5, 2]),
      labels: [Int32Array.from([1]), Int32Array.from([1])],
      weights: Float32Array.from([1]),
    };
    const pass = { scale: 1, classWeights: [new Float32Array([1, 1, 1]), new Float32Array([1, 1])], headWeights: [1, 0.5], dropout: 0, tokenDropout: 0, random: rng(1) };
    const loss = () => {
      const l = net.trainExample(ex, 0, pass);
      net.zeroGrad();
      return l;
    };
    net.zeroGrad();
    net.trainExample(ex, 0, pass);
    const analytic = Float32Array.from(net.gradView());
    net.zeroGrad();
    const { embedding, layers, head } = net.tensors;
    const tensors = [embedding, ...layers.flatMap((l) => [l.w, l.b]), head.w, head.b];
    for (const t of tensors) {
      const at = Array.from({ length: t.size }, (_, i) => t.offset + i).filter((i) => analytic[i] !== 0 || i % 3 === 0);
      const num = numeric(() => net.paramView(), at, loss, 1e-2);
      expect(relativeError(at.map((i) => analytic[i]!), num)).toBeLessThan(1e-3);
    }
  });

  it("input dropout drops sparse inputs but never those from undroppedFrom on (the lexicon block)", () => {
    const { core } = freshCore(variant);
    const heads = [{ name: "a", labels: ["x", "y", "z"], activation: "softmax" as const }];
    const net = new Network(core, { sparseInputs: 30, undroppedFrom: 24, embeddingRows: 10, embeddingDim: 4, hidden: [8], heads, maxActive: 30, maxTokens: 8 });
    net.initialize(rng(5), 5);
    const example = (ids: number[]) => oneExample(ids, [2]);
    const probs = (ex: Examples, dropout: number, random?: () => number) => {
      net.trainExample(ex, 0, noisyPass(dropout, 0, random));
      return Array.from(net.probabilities(0));
    };
    const random = rng(9);
    const lexiconOnly = example([24, 27, 29]);
    const clean = probs(lexiconOnly, 0);
    for (let t = 0; t < 5; t++) expect(probs(lexiconOnly, 0.9, random)).toEqual(clean);
    const words = example([1, 7, 12]);
    const cleanWords = probs(words, 0);
    expect(Array.from({ length: 5 }, () => probs(words, 0.9, random)).some((p) => p.some((x, i) => x !== cleanWords[i]))).toBe(true);
  });

  it("token dropout averages the embedding rows of the kept tokens only, and always keeps one", () => {
    const { core } = freshCore(variant);
    const heads = [{ name: "a", labels: ["x", "y", "z"], activation: "softmax" as const }];
    const net = new Network(core, { sparseInputs: 30, undroppedFrom: 30, embeddingRows: 10, embeddingDim: 4, hidden: [8], heads, maxActive: 30, maxTokens: 8 });
    net.initialize(rng(11), 5);
    const example = (rows: number[]) => oneExample([3], rows);
    const probs = (ex: Examples, tokenDropout: number, random?: () => number) => {
      net.trainExample(ex, 0, noisyPass(0, tokenDropout, random));
      return Array.from(net.probabilities(0));
    };
    const both = example([2, 5]);
    const outcomes = [probs(both, 0), probs(example([2]), 0), probs(example([5]), 0)];
    // Every draw is the average over some non-empty subset of the tokens.
    const random = rng(13);
    const seen = new Set<number>();
    for (let t = 0; t < 40; t++) {
      const p = probs(both, 0.5, random);
      const k = outcomes.findIndex((o) => o.every((x, i) => x === p[i]));
      expect(k).toBeGreaterThanOrEqual(0);
      seen.add(k);
    }
    expect(seen.size).toBe(3);
    // Every token drawn for dropping: the first one stays.
    expect(probs(both, 0.9, () => 0.5)).toEqual(outcomes[1]);
  });

  it("adamw matches the update rule", () => {
    const { core, f32, read } = freshCore(variant);
    const n = 7;
    const p0 = randomFloats(rand, n), g = randomFloats(rand, n), m0 = randomFloats(rand, n, 0.1), v0 = randomFloats(rand, n, 0.1).map(Math.abs);
    const p = f32(p0), m = f32(m0), v = f32(v0);
    const [lr, b1, b2, eps, wd, bc1, bc2] = [0.01, 0.9, 0.999, 1e-8, 0.01, 0.19, 0.002];
    core.adamw(p, f32(g), m, v, n, lr, b1, b2, eps, wd, bc1, bc2);
    const want = Array.from(p0, (pi, i) => {
      const mi = b1 * m0[i]! + (1 - b1) * g[i]!;
      const vi = b2 * v0[i]! + (1 - b2) * g[i]! ** 2;
      return pi - lr * (mi / bc1 / (Math.sqrt(vi / bc2) + eps) + wd * pi);
    });
    read(p, n).forEach((x, i) => expect(x).toBeCloseTo(want[i]!, 5));
  });
});
