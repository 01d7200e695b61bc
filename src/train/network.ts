// The trainable network in the core's memory: all parameters in one flat float32 buffer (and
// gradients, Adam moments beside it), with a forward and backward pass per example.
//
//   sparse inputs + pooled embedding → layer 0 → ReLU → … → layer L → ReLU → stacked heads
//
// Shapes (input-major weights, as at inference): embedding [rows × dim], layer l
// [in_l × out_l], heads [width × Σ head rows].
import type { CoreExports } from "../runtime/core.js";
import type { Examples, HeadSpec } from "./examples.js";

export interface NetworkShape {
  /** Inputs before the pooled embedding (bag of words + keywords + hashed buckets + lexicon). */
  sparseInputs: number;
  /**
   * Inputs from this index on are never dropped out: the lexicon block, a few summaries that
   * every ticket has (dropping them cost 1 point of TweetEval validation macro-recall).
   */
  undroppedFrom: number;
  embeddingRows: number;
  embeddingDim: number;
  hidden: number[];
  heads: HeadSpec[];
  maxActive: number;
  maxTokens: number;
}

interface Tensor {
  offset: number; // float index into the flat buffers
  size: number;
  decay: boolean;
}

/** How a training pass perturbs and weighs an example. */
export interface TrainPass {
  /** Gradient scale: 1 / batch size. */
  scale: number;
  /** Per head, a weight per class. */
  classWeights: Float32Array[];
  /** Per head, its loss weight. */
  headWeights: number[];
  /** Probability of dropping each sparse input before NetworkShape.undroppedFrom. */
  dropout: number;
  /** Probability of dropping each token from the embedding average. */
  tokenDropout: number;
  random: () => number;
}

export class Network {
  readonly tensors: { embedding: Tensor; layers: { w: Tensor; b: Tensor; rows: number; cols: number }[]; head: { w: Tensor; b: Tensor; rows: number; cols: number } };
  readonly headOffsets: number[];
  readonly headRows: number[];
  readonly size: number;
  private readonly params: number;
  private readonly grads: number;
  private readonly m: number;
  private readonly v: number;
  // Scratch (byte pointers).
  private readonly ids: number;
  private readonly vals: number;
  private readonly dvals: number;
  private readonly emb: number;
  private readonly acts: number[];
  private readonly deltas: number[];
  private readonly logits: number;
  private readonly probs: number;
  private readonly dz: number;
  private f32!: Float32Array;
  private i32!: Int32Array;
  private step = 0;
  // Columns of layer 0 and rows of the embedding that the current batch touched: only those
  // have gradients, so only those are updated and zeroed (lazy Adam for the sparse parts).
  private readonly touchedColumn: Uint8Array;
  private readonly touchedColumns: Int32Array;
  private nTouchedColumns = 0;
  private readonly touchedRow: Uint8Array;
  private readonly touchedRows: Int32Array;
  private nTouchedRows = 0;
  /** Sparse inputs and embedding tokens the last forward pass kept. */
  private lastInputs = 0;
  private lastTokens = 0;

  constructor(
    private readonly core: CoreExports,
    readonly shape: NetworkShape,
  ) {
    let offset = 0;
    const tensor = (size: number, decay: boolean): Tensor => {
      const t = { offset, size, decay };
      offset += size;
      return t;
    };
    const embedding = tensor(shape.embeddingRows * shape.embeddingDim, false);
    let width = shape.sparseInputs + shape.embeddingDim;
    const layers = shape.hidden.map((rows) => {
      const layer = { w: tensor(width * rows, true), b: tensor(rows, false), rows, cols: width };
      width = rows;
      return layer;
    });
    this.headRows = shape.heads.map((h) => (h.activation === "sigmoid" ? 1 : h.labels.length));
    const totalRows = this.headRows.reduce((a, b) => a + b, 0);
    this.headOffsets = this.headRows.map((_, i) => this.headRows.slice(0, i).reduce((a, b) => a + b, 0));
    const head = { w: tensor(width * totalRows, true), b: tensor(totalRows, false), rows: totalRows, cols: width };
    this.tensors = { embedding, layers, head };
    this.size = offset;

    const bytes = offset * 4;
    this.params = core.alloc(bytes);
    this.grads = core.alloc(bytes);
    this.m = core.alloc(bytes);
    this.v = core.alloc(bytes);
    const n = shape.maxActive + shape.embeddingDim;
    this.ids = core.alloc(n * 4);
    this.vals = core.alloc(n * 4);
    this.dvals = core.alloc(n * 4);
    this.emb = core.alloc(Math.max(1, shape.maxTokens) * 4);
    this.acts = shape.hidden.map((h) => core.alloc(h * 4));
    this.deltas = shape.hidden.map((h) => core.alloc(h * 4));
    this.logits = core.alloc(totalRows * 4);
    this.probs = core.alloc(totalRows * 4);
    this.dz = core.alloc(totalRows * 4);
    this.touchedColumn = new Uint8Array(shape.sparseInputs + shape.embeddingDim);
    this.touchedColumns = new Int32Array(shape.sparseInputs + shape.embeddingDim);
    this.touchedRow = new Uint8Array(shape.embeddingRows);
    this.touchedRows = new Int32Array(shape.embeddingRows);
    this.refresh();
    this.f32.fill(0, this.m >> 2, (this.m >> 2) + offset);
    this.f32.fill(0, this.v >> 2, (this.v >> 2) + offset);
    this.f32.fill(0, this.grads >> 2, (this.grads >> 2) + offset);
  }

  private refresh(): void {
    if (this.f32?.buffer !== this.core.memory.buffer) {
      this.f32 = new Float32Array(this.core.memory.buffer);
      this.i32 = new Int32Array(this.core.memory.buffer);
    }
  }

  /** The parameters as a view (valid until memory grows). */
  paramView(): Float32Array {
    this.refresh();
    return this.f32.subarray(this.params >> 2, (this.params >> 2) + this.size);
  }

  gradView(): Float32Array {
    this.refresh();
    return this.f32.subarray(this.grads >> 2, (this.grads >> 2) + this.size);
  }

  /**
   * Initializes the parameters: embedding N(0, 0.1²)-like uniform; each layer uniform with
   * He scaling for ReLU, taking the first layer's fan-in as the average active inputs (the
   * other inputs are zero); heads Xavier-uniform; biases zero.
   */
  initialize(random: () => number, averageActive: number): void {
    const p = this.paramView();
    p.fill(0);
    const fill = (t: Tensor, limit: number) => {
      for (let i = t.offset; i < t.offset + t.size; i++) p[i] = (random() * 2 - 1) * limit;
    };
    fill(this.tensors.embedding, 0.17);
    this.tensors.layers.forEach((l, i) => fill(l.w, Math.sqrt(6 / (i === 0 ? Math.max(1, averageActive) : l.cols))));
    const h = this.tensors.head;
    fill(h.w, Math.sqrt(6 / (h.cols + h.rows)));
  }

  /** Zeroes the gradients the last batch wrote: dense tensors whole, sparse parts as touched. */
  zeroGrad(): void {
    this.refresh();
    const g = this.grads >> 2;
    const l0 = this.tensors.layers[0]!;
    for (const t of this.denseTensors()) this.f32.fill(0, g + t.offset, g + t.offset + t.size);
    this.forTouched((column) => this.f32.fill(0, g + l0.w.offset + column * l0.rows, g + l0.w.offset + (column + 1) * l0.rows), (row) => {
      const e = this.tensors.embedding;
      const dim = this.shape.embeddingDim;
      this.f32.fill(0, g + e.offset + row * dim, g + e.offset + (row + 1) * dim);
    });
    this.nTouchedColumns = 0;
    this.nTouchedRows = 0;
  }

  private denseTensors(): Tensor[] {
    const [first, ...rest] = this.tensors.layers;
    return [first!.b, ...rest.flatMap((l) => [l.w, l.b]), this.tensors.head.w, this.tensors.head.b];
  }

  private forTouched(column: (c: number) => void, row: (r: number) => void): void {
    for (let k = 0; k < this.nTouchedColumns; k++) {
      const c = this.touchedColumns[k]!;
      this.touchedColumn[c] = 0;
      column(c);
    }
    for (let k = 0; k < this.nTouchedRows; k++) {
      const r = this.touchedRows[k]!;
      this.touchedRow[r] = 0;
      row(r);
    }
  }

  private ptr(base: number, t: Tensor): number {
    return base + t.offset * 4;
  }

  /** Forward pass of example i without noise: the probabilities of every head. */
  predict(ex: Examples, i: number): void {
    this.forward(ex, i, 0, 0);
  }

  /**
   * Forward pass of example i with the pass's input and token dropout, then the backward pass:
   * adds this example's gradients, scaled by `pass.scale`. Returns its weighted loss.
   */
  trainExample(ex: Examples, i: number, pass: TrainPass): number {
    this.forward(ex, i, pass.dropout, pass.tokenDropout, pass.random);
    return this.backward(ex, i, pass);
  }

  /**
   * Sparse inputs dropped with probability `dropout`, embedding tokens with probability
   * `tokenDropout`, at random; writes the probabilities and keeps the active inputs and tokens
   * (lastInputs, lastTokens) for the backward pass.
   */
  private forward(ex: Examples, i: number, dropout: number, tokenDropout: number, random?: () => number): void {
    const core = this.core;
    this.refresh();
    const { f32, i32 } = this;
    const shape = this.shape;
    const dim = shape.embeddingDim;
    // Copy features into the scratch buffers.
    let n = 0;
    const idsAt = this.ids >> 2;
    const valsAt = this.vals >> 2;
    const keepScale = dropout > 0 ? 1 / (1 - dropout) : 1;
    const undropped = shape.undroppedFrom;
    for (let k = ex.featStart[i]!; k < ex.featStart[i + 1]!; k++) {
      const id = ex.featIds[k]!;
      const kept = id >= undropped;
      if (dropout > 0 && !kept && random!() < dropout) continue;
      i32[idsAt + n] = id;
      f32[valsAt + n] = kept ? ex.featVals[k]! : ex.featVals[k]! * keepScale;
      n++;
    }
    let nEmb = 0;
    const embAt = this.emb >> 2;
    for (let k = ex.embStart[i]!; k < ex.embStart[i + 1]! && nEmb < shape.maxTokens; k++) i32[embAt + nEmb++] = ex.embRows[k]!;
    // Token dropout: the average is taken over the kept tokens, so it needs no rescaling; a
    // ticket always keeps at least one token.
    if (tokenDropout > 0 && nEmb > 1) {
      let kept = 0;
      for (let k = 0; k < nEmb; k++) if (random!() >= tokenDropout) i32[embAt + kept++] = i32[embAt + k]!;
      if (kept === 0) kept = 1;
      nEmb = kept;
    }
    const pooled = this.vals + n * 4;
    core.embedding_bag_f32(this.ptr(this.params, this.tensors.embedding), dim, this.emb, nEmb, pooled);
    for (let d = 0; d < dim; d++) i32[idsAt + n + d] = shape.sparseInputs + d;
    const nIn = n + dim;

    const layers = this.tensors.layers;
    const l0 = layers[0]!;
    core.sparse_linear_f32(this.ptr(this.params, l0.w), this.ptr(this.params, l0.b), this.ids, this.vals, nIn, this.acts[0]!, l0.rows);
    core.relu(this.acts[0]!, l0.rows);
    for (let l = 1; l < layers.length; l++) {
      const L = layers[l]!;
      core.linear_f32(this.ptr(this.params, L.w), this.ptr(this.params, L.b), this.acts[l - 1]!, this.acts[l]!, L.rows, L.cols);
      core.relu(this.acts[l]!, L.rows);
    }
    const H = this.tensors.head;
    const top = this.acts[layers.length - 1]!;
    core.linear_f32(this.ptr(this.params, H.w), this.ptr(this.params, H.b), top, this.logits, H.rows, H.cols);
    shape.heads.forEach((h, hi) => {
      const off = this.headOffsets[hi]! * 4;
      if (h.activation === "softmax") core.softmax(this.logits + off, this.probs + off, this.headRows[hi]!);
      else core.sigmoid(this.logits + off, this.probs + off, this.headRows[hi]!);
    });
    this.lastInputs = n;
    this.lastTokens = nEmb;
  }

  /** Loss and gradients of the last forward pass (example i). */
  private backward(ex: Examples, i: number, pass: TrainPass): number {
    const core = this.core;
    const { f32, i32, shape } = this;
    const { scale, classWeights, headWeights } = pass;
    const dim = shape.embeddingDim;
    const n = this.lastInputs;
    const nEmb = this.lastTokens;
    const nIn = n + dim;
    const idsAt = this.ids >> 2;
    const embAt = this.emb >> 2;
    const layers = this.tensors.layers;
    const l0 = layers[0]!;
    const H = this.tensors.head;
    const top = this.acts[layers.length - 1]!;
    let loss = 0;
    shape.heads.forEach((h, hi) => {
      const off = this.headOffsets[hi]! * 4;
      const rows = this.headRows[hi]!;
      const label = ex.labels[hi]![i]!;
      if (label < 0) {
        f32.fill(0, (this.dz + off) >> 2, ((this.dz + off) >> 2) + rows);
        return;
      }
      const s = scale * ex.weights[i]! * headWeights[hi]! * classWeights[hi]![label]!;
      const l = h.activation === "softmax" ? core.softmax_xent_backward(this.probs + off, rows, label, s, this.dz + off) : core.sigmoid_bce_backward(this.probs + off, label, s, this.dz + off);
      loss += l * ex.weights[i]! * headWeights[hi]! * classWeights[hi]![label]!;
    });
    core.linear_backward_f32(this.ptr(this.params, H.w), top, this.dz, this.ptr(this.grads, H.w), this.ptr(this.grads, H.b), this.deltas[layers.length - 1]!, H.rows, H.cols);
    for (let l = layers.length - 1; l >= 1; l--) {
      const L = layers[l]!;
      core.relu_backward(this.acts[l]!, this.deltas[l]!, L.rows);
      core.linear_backward_f32(this.ptr(this.params, L.w), this.acts[l - 1]!, this.deltas[l]!, this.ptr(this.grads, L.w), this.ptr(this.grads, L.b), this.deltas[l - 1]!, L.rows, L.cols);
    }
    core.relu_backward(this.acts[0]!, this.deltas[0]!, l0.rows);
    core.sparse_linear_backward_f32(this.ptr(this.params, l0.w), this.ids, this.vals, nIn, this.deltas[0]!, this.ptr(this.grads, l0.w), this.ptr(this.grads, l0.b), dim > 0 ? this.dvals : 0, l0.rows);
    if (dim > 0) core.embedding_bag_backward_f32(this.ptr(this.grads, this.tensors.embedding), dim, this.emb, nEmb, this.dvals + n * 4);
    for (let k = 0; k < nIn; k++) {
      const c = i32[idsAt + k]!;
      if (this.touchedColumn[c] === 0) (this.touchedColumn[c] = 1), (this.touchedColumns[this.nTouchedColumns++] = c);
    }
    for (let k = 0; k < nEmb; k++) {
      const r = i32[embAt + k]!;
      if (this.touchedRow[r] === 0) (this.touchedRow[r] = 1), (this.touchedRows[this.nTouchedRows++] = r);
    }
    return loss;
  }

  /** Probabilities of the last forward pass, for head hi (a sigmoid head: [P(labels[1])]). */
  probabilities(hi: number): Float32Array {
    this.refresh();
    const at = (this.probs >> 2) + this.headOffsets[hi]!;
    return this.f32.subarray(at, at + this.headRows[hi]!);
  }

  /**
   * One AdamW step: dense tensors in full; layer 0's columns and the embedding's rows only
   * where the batch touched them (lazy Adam: an untouched sparse parameter keeps its moments
   * and gets no decay that step). Biases and the embedding are not decayed. Then zeroes the
   * gradients for the next batch.
   */
  adamStep(lr: number, weightDecay: number, beta1 = 0.9, beta2 = 0.999, eps = 1e-8): void {
    this.step++;
    const bc1 = 1 - beta1 ** this.step;
    const bc2 = 1 - beta2 ** this.step;
    const update = (offset: number, size: number, decay: number) =>
      this.core.adamw(this.params + offset * 4, this.grads + offset * 4, this.m + offset * 4, this.v + offset * 4, size, lr, beta1, beta2, eps, decay, bc1, bc2);
    for (const t of this.denseTensors()) update(t.offset, t.size, t.decay ? weightDecay : 0);
    const l0 = this.tensors.layers[0]!;
    const e = this.tensors.embedding;
    const dim = this.shape.embeddingDim;
    for (let k = 0; k < this.nTouchedColumns; k++) update(l0.w.offset + this.touchedColumns[k]! * l0.rows, l0.rows, weightDecay);
    for (let k = 0; k < this.nTouchedRows; k++) update(e.offset + this.touchedRows[k]! * dim, dim, 0);
    this.zeroGrad();
  }
}
