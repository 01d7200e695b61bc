// A model placed in the core's memory, and its forward pass.
//
//   sparse features (ids, vals) ─┐
//   embedding rows ─ bag (mean) ─┴→ layer 0 (sparse) → ReLU → layer 1..L (dense) → ReLU
//                                    → all heads as one stacked linear layer → softmax / sigmoid
//
// Weights are copied in once, transposed to the input-major layout the kernels use; all
// scratch buffers are allocated here, so a forward pass allocates nothing.
import type { CoreExports } from "./core.js";
import { MemoryViews } from "./core.js";
import { HeadConditioning } from "./conditioning.js";
import { dequantizeRows } from "../model/quantize.js";
import type { Matrix, Model } from "../model/types.js";
import type { FeatureBuffers } from "../features/extractor.js";

interface PlacedMatrix {
  dtype: "f32" | "i8";
  rows: number;
  cols: number;
  /** Weights, input-major for linear layers, row-major for the embedding table. */
  data: number;
  /** Per-row scales (int8 only), else 0. */
  scale: number;
}

interface PlacedLayer {
  weight: PlacedMatrix;
  bias: number;
  out: number;
}

export interface HeadSlot {
  name: string;
  labels: string[];
  activation: "softmax" | "sigmoid";
  /** First row of this head in the stacked logits / probabilities. */
  offset: number;
  rows: number;
}

/** int8 layers up to this many weights are expanded to float32 when placed. */
export const DEQUANTIZE_MAX_WEIGHTS = 1 << 18;

function transpose<T extends Float32Array | Int8Array>(data: T, rows: number, cols: number): T {
  const out = new (data.constructor as { new (n: number): T })(data.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = data[r * cols + c]!;
  return out;
}

/** Stacks the heads' weight rows into one matrix (dequantizing when their dtypes differ). */
function stackRows(ms: Matrix[]): Matrix {
  const rows = ms.reduce((n, m) => n + m.rows, 0);
  const cols = ms[0]!.cols;
  if (ms.every((m) => m.dtype === "i8")) {
    const data = new Int8Array(rows * cols);
    const scale = new Float32Array(rows);
    let r = 0;
    for (const m of ms) {
      if (m.dtype !== "i8") continue;
      data.set(m.data, r * cols);
      scale.set(m.scale, r);
      r += m.rows;
    }
    return { dtype: "i8", rows, cols, data, scale };
  }
  const data = new Float32Array(rows * cols);
  let r = 0;
  for (const m of ms) {
    data.set(dequantizeRows(m), r * cols);
    r += m.rows;
  }
  return { dtype: "f32", rows, cols, data };
}

export class Engine {
  readonly views: MemoryViews;
  readonly heads: HeadSlot[];
  /** Feature buffers the extractor writes into (views on core memory). */
  readonly buffers: FeatureBuffers;
  readonly embeddingDim: number;
  private readonly embeddingBase: number;
  private readonly embedding: PlacedMatrix;
  private readonly layers: PlacedLayer[];
  private readonly headLayer: PlacedLayer;
  private readonly ids: number;
  private readonly vals: number;
  private readonly embeddingRows: number;
  private readonly logits: number;
  private readonly probsPtr: number;
  /** Stacked head probabilities, as a view. */
  readonly probs: Float32Array;
  /** How many (id, value) inputs the first layer saw in the last pass, pooled embedding included. */
  lastInputs = 0;
  private readonly conditioning: HeadConditioning;

  constructor(
    private readonly core: CoreExports,
    model: Model,
    maxActive: number,
    embeddingBase: number,
    /** Run every int8 layer on the int8 kernels, even small ones (for benchmarks and tests). */
    private readonly keepInt8 = false,
  ) {
    this.embeddingDim = model.embedding.cols;
    this.embeddingBase = embeddingBase;
    // The embedding table stays row-major: a bag reads whole rows.
    this.embedding = this.place(model.embedding, false);
    this.layers = model.layers.map((l) => this.placeLinear(l.weight, l.bias));
    const stacked = stackRows(model.heads.map((h) => h.weight));
    const bias = new Float32Array(stacked.rows);
    let offset = 0;
    this.heads = model.heads.map((h) => {
      bias.set(h.bias, offset);
      const slot: HeadSlot = { name: h.name, labels: h.labels, activation: h.activation, offset, rows: h.weight.rows };
      offset += h.weight.rows;
      return slot;
    });
    this.headLayer = this.placeLinear(stacked, bias);
    this.conditioning = new HeadConditioning(model.heads, this.heads.map((h) => h.offset));

    const capacity = maxActive + this.embeddingDim;
    this.ids = core.alloc(capacity * 4);
    this.vals = core.alloc(capacity * 4);
    this.embeddingRows = core.alloc(Math.max(1, model.features.maxTokens) * 4);
    this.logits = this.headLayer.out;
    this.probsPtr = core.alloc(offset * 4);
    this.views = new MemoryViews(core.memory);
    const { i32, f32 } = this.views.refresh();
    this.buffers = {
      ids: i32.subarray(this.ids >> 2, (this.ids >> 2) + capacity),
      vals: f32.subarray(this.vals >> 2, (this.vals >> 2) + capacity),
      embeddingRows: i32.subarray(this.embeddingRows >> 2, (this.embeddingRows >> 2) + model.features.maxTokens),
    };
    this.probs = f32.subarray(this.probsPtr >> 2, (this.probsPtr >> 2) + offset);
  }

  private copyIn(src: Float32Array | Int8Array): number {
    const ptr = this.core.alloc(Math.max(4, src.byteLength));
    // A view made after the allocation: allocation may have grown (and detached) the memory.
    new Uint8Array(this.core.memory.buffer, ptr, src.byteLength).set(new Uint8Array(src.buffer, src.byteOffset, src.byteLength));
    return ptr;
  }

  private place(m: Matrix, inputMajor: boolean): PlacedMatrix {
    const data = inputMajor ? transpose(m.data, m.rows, m.cols) : m.data;
    return {
      dtype: m.dtype,
      rows: m.rows,
      cols: m.cols,
      data: this.copyIn(data),
      scale: m.dtype === "i8" ? this.copyIn(m.scale) : 0,
    };
  }

  private placeLinear(weight: Matrix, bias: Float32Array): PlacedLayer {
    // Small int8 layers run faster as float32, and the values are exactly those the int8
    // kernel computes (each weight is f32(q · scale) either way); large ones stay int8 to
    // keep memory and cache use small.
    const w: Matrix =
      weight.dtype === "i8" && !this.keepInt8 && weight.rows * weight.cols <= DEQUANTIZE_MAX_WEIGHTS
        ? { dtype: "f32", rows: weight.rows, cols: weight.cols, data: dequantizeRows(weight) }
        : weight;
    return { weight: this.place(w, true), bias: this.copyIn(bias), out: this.core.alloc(weight.rows * 4) };
  }

  /**
   * Runs the network on the features in `buffers`: `active` sparse entries and
   * `embeddingRows` embedding rows. Probabilities land in `probs`.
   */
  forward(active: number, embeddingRows: number): void {
    const core = this.core;
    const dim = this.embeddingDim;
    const e = this.embedding;
    // The pooled embedding becomes the last `dim` sparse entries.
    const pooled = this.vals + active * 4;
    if (e.dtype === "i8") core.embedding_bag_i8(e.data, e.scale, dim, this.embeddingRows, embeddingRows, pooled);
    else core.embedding_bag_f32(e.data, dim, this.embeddingRows, embeddingRows, pooled);
    const ids = this.buffers.ids;
    for (let d = 0; d < dim; d++) ids[active + d] = this.embeddingBase + d;
    const n = active + dim;
    this.lastInputs = n;

    const first = this.layers[0]!;
    const w0 = first.weight;
    if (w0.dtype === "i8") core.sparse_linear_i8(w0.data, w0.scale, first.bias, this.ids, this.vals, n, first.out, w0.rows);
    else core.sparse_linear_f32(w0.data, first.bias, this.ids, this.vals, n, first.out, w0.rows);
    core.relu(first.out, w0.rows);
    let x = first.out;
    let width = w0.rows;
    for (let l = 1; l < this.layers.length; l++) {
      x = this.dense(this.layers[l]!, x, width);
      width = this.layers[l]!.weight.rows;
      core.relu(x, width);
    }
    this.dense(this.headLayer, x, width);
    for (const h of this.heads) {
      const z = this.logits + h.offset * 4;
      const p = this.probsPtr + h.offset * 4;
      if (h.activation === "softmax") core.softmax(z, p, h.rows);
      else core.sigmoid(z, p, h.rows);
    }
    this.conditioning.apply(this.probs);
  }

  private dense(layer: PlacedLayer, x: number, cols: number): number {
    const w = layer.weight;
    const out = layer.out;
    if (w.dtype === "i8") this.core.linear_i8(w.data, w.scale, layer.bias, x, out, w.rows, cols);
    else this.core.linear_f32(w.data, layer.bias, x, out, w.rows, cols);
    return out;
  }
}
