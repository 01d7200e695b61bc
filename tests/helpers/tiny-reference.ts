// A small, valid document in the reference project's v1 format (the shape of
// seed-model.json at a fraction of its size), for validation and fuzz tests.
import { rng } from "./random.js";

export function tinyReferenceDoc(seed = 3): Record<string, unknown> {
  const rand = rng(seed);
  const int8 = (rows: number, cols: number) => Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.round(rand() * 254 - 127)));
  const floats = (n: number, s = 0.1) => Array.from({ length: n }, () => (rand() * 2 - 1) * s);
  const linear = (inF: number, outF: number) => ({
    type: "linear_int8_per_row",
    in_features: inF,
    out_features: outF,
    weight: int8(outF, inF),
    scale: floats(outF).map((v) => Math.abs(v) + 0.001),
    bias: floats(outF),
  });
  const bow = ["refund", "order", "late", "login", "not", "working"];
  const keywords = ["refund", "late", "not working"];
  const dim = 4;
  const hidden = 8;
  const labels = {
    department: ["billing", "general", "technical"],
    churn_risk: ["low", "high"],
    intent: ["refund", "delivery_issue", "account_access", "general_query"],
  };
  return {
    version: 1,
    metadata: { model_type: "hybrid_tiny_multitask", dense_size: bow.length + keywords.length, embedding_dim: dim, hidden_size: hidden },
    preprocess: { lowercase: true, replace_urls: "<url>", replace_emails: "<email>", replace_numbers: "<num>", hinglish_map: { nahi: "not", "kr do": "please do" } },
    vocab: {
      bow_vocab: Object.fromEntries(bow.map((t, i) => [t, i])),
      embedding_vocab: Object.fromEntries(["<pad>", "<unk>", ...bow].map((t, i) => [t, i])),
      keywords,
      max_tokens: 24,
    },
    labels,
    embedding: { padding_idx: 0, weights: Array.from({ length: bow.length + 2 }, (_, r) => (r === 0 ? new Array(dim).fill(0) : floats(dim, 2))) },
    layers: { base_0: linear(bow.length + keywords.length + dim, hidden), base_1: { type: "relu" }, base_2: linear(hidden, hidden / 2), base_3: { type: "relu" } },
    heads: { department: linear(hidden / 2, 3), churn_risk: linear(hidden / 2, 1), intent: linear(hidden / 2, 4) },
    metrics: { intent_accuracy: 0.5 },
  };
}
