// Trained parameters → a Model (float32), ready for quantization and the model file writer.
import type { FeatureSpec, Head, HiddenLayer, Model } from "../model/types.js";
import type { PreprocessConfig } from "../preprocess/config.js";
import type { Network } from "./network.js";

/** Input-major [cols × rows] → row-major [rows × cols]. */
function rowMajor(params: Float32Array, offset: number, rows: number, cols: number): Float32Array {
  const out = new Float32Array(rows * cols);
  for (let c = 0; c < cols; c++) for (let r = 0; r < rows; r++) out[r * cols + c] = params[offset + c * rows + r]!;
  return out;
}

export function exportModel(net: Network, params: Float32Array, preprocess: PreprocessConfig, features: FeatureSpec, metadata: Record<string, unknown>): Model {
  const { embedding, layers, head } = net.tensors;
  const dim = net.shape.embeddingDim;
  const hidden: HiddenLayer[] = layers.map((l) => ({
    activation: "relu",
    weight: { dtype: "f32", rows: l.rows, cols: l.cols, data: rowMajor(params, l.w.offset, l.rows, l.cols) },
    bias: params.slice(l.b.offset, l.b.offset + l.b.size),
  }));
  const stacked = rowMajor(params, head.w.offset, head.rows, head.cols);
  const heads: Head[] = net.shape.heads.map((h, i) => {
    const rows = net.headRows[i]!;
    const start = net.headOffsets[i]!;
    return {
      name: h.name,
      labels: h.labels,
      activation: h.activation,
      weight: { dtype: "f32", rows, cols: head.cols, data: stacked.slice(start * head.cols, (start + rows) * head.cols) },
      bias: params.slice(head.b.offset + start, head.b.offset + start + rows),
    };
  });
  return {
    format: "tinytriage",
    formatVersion: 1,
    preprocess,
    features,
    embedding: { dtype: "f32", rows: net.shape.embeddingRows, cols: dim, data: params.slice(embedding.offset, embedding.offset + embedding.size) },
    layers: hidden,
    heads,
    metadata,
  };
}
