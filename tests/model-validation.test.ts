// Malformed model files: each is rejected with a ModelFormatError whose message names the
// field and what was expected.
import { describe, expect, it } from "vitest";
import { loadModel, parseModelJson } from "../src/model/load.js";
import { ModelFormatError } from "../src/model/errors.js";
import { encodeBase64 } from "../src/model/base64.js";
import { tinyModelJson } from "./helpers/tiny-model.js";
import { tinyReferenceDoc } from "./helpers/tiny-reference.js";

type Doc = Record<string, any>;

function rejects(doc: unknown, message: string | RegExp): void {
  let error: unknown;
  try {
    loadModel(doc);
  } catch (e) {
    error = e;
  }
  expect(error, "the model should be rejected").toBeInstanceOf(ModelFormatError);
  if (typeof message === "string") expect((error as Error).message).toBe(message);
  else expect((error as Error).message).toMatch(message);
}

const clone = <T>(x: T): T => structuredClone(x);

describe("reference v1 documents", () => {
  const base = () => clone(tinyReferenceDoc()) as Doc;

  it("accepts the valid tiny document", () => {
    expect(loadModel(base()).heads.map((h) => h.name)).toEqual(["department", "churn_risk", "intent"]);
  });

  it("names a head whose weight has too few rows", () => {
    const d = base();
    d.heads.intent.weight.pop();
    rejects(d, "heads.intent.weight: expected 4 rows, got 3");
  });

  it("names a head whose labels do not match its outputs", () => {
    const d = base();
    d.labels.intent.push("praise");
    rejects(d, "heads.intent.out_features: expected 5, got 4");
  });

  it("rejects Infinity and NaN", () => {
    const d = base();
    d.heads.intent.scale[2] = JSON.parse("1e999");
    rejects(d, /^heads\.intent\.scale\[2\]: expected a finite number, got Infinity$/);
    const e = base();
    e.layers.base_0.bias[5] = Number.NaN;
    rejects(e, /^layers\.base_0\.bias\[5\]: expected a finite number, got NaN$/);
  });

  it("rejects an int8 weight out of range", () => {
    const d = base();
    d.layers.base_2.weight[1][3] = 300;
    rejects(d, "layers.base_2.weight[1][3]: expected an integer in [-127, 127], got 300");
  });

  it("rejects an unknown layer type and an unknown activation", () => {
    const d = base();
    d.layers.base_1.type = "tanh";
    rejects(d, 'layers.base_1.type: expected "relu", got "tanh"');
    const e = base();
    e.heads.department.type = "linear_fp16";
    rejects(e, 'heads.department.type: expected "linear_int8_per_row", got "linear_fp16"');
  });

  it("rejects duplicate labels", () => {
    const d = base();
    d.labels.department[2] = "billing";
    rejects(d, 'labels.department: duplicate label "billing"');
  });

  it("rejects vocabulary indices out of range or reused", () => {
    const d = base();
    d.vocab.bow_vocab.order = 99;
    rejects(d, "vocab.bow_vocab.order: index 99 is out of range: the vocabulary has 6 entries (0..5)");
    const e = base();
    e.vocab.bow_vocab.order = 0;
    rejects(e, 'vocab.bow_vocab.order: index 0 is already used by "refund"');
  });

  it("checks the dense size against the vocabulary and keywords", () => {
    const d = base();
    d.metadata.dense_size = 10;
    rejects(d, "metadata.dense_size: expected 9 (bag of words 6 + keywords 3), got 10");
  });

  it("names a missing field and a wrong type", () => {
    const d = base();
    delete d.vocab.keywords;
    rejects(d, "vocab.keywords: missing required field");
    const e = base();
    e.preprocess.lowercase = "yes";
    rejects(e, /^preprocess\.lowercase: expected boolean, got "yes"$/);
  });

  it("requires an <unk> row and the embedding shape", () => {
    const d = base();
    d.vocab.embedding_vocab = { "<pad>": 0, refund: 1 };
    d.embedding.weights = d.embedding.weights.slice(0, 2);
    rejects(d, 'vocab.embedding_vocab: expected an entry for "<unk>"');
    const e = base();
    e.embedding.weights[3] = [1, 2];
    rejects(e, "embedding.weights[3]: expected 4 columns, got 2");
  });
});

describe("tinytriage-model documents", () => {
  const base = () => tinyModelJson({ dtype: "i8" }) as Doc;

  it("accepts the valid tiny document", () => {
    expect(loadModel(base()).format).toBe("tinytriage");
  });

  it("names a head whose weight has the wrong number of rows", () => {
    const d = base();
    d.heads[3].weight.shape[0] = 5;
    rejects(d, "heads.intent.weight: expected 6 rows, got 5");
  });

  it("rejects an unknown activation", () => {
    const d = base();
    d.layers[0].activation = "gelu";
    rejects(d, /^layers\[0\]\.activation: expected \("relu"\)|^layers\[0\]\.activation: expected "relu"/);
    const e = base();
    e.heads[0].activation = "softmax2";
    rejects(e, /^heads\[0\]\.activation: expected/);
  });

  it("rejects NaN and Infinity inside packed float32 data", () => {
    const d = tinyModelJson({ dtype: "f32" }) as Doc;
    const values = new Float32Array([1, 2, Number.NaN, 4]);
    const bias = d.layers[1].bias;
    const bytes = Buffer.from(bias.data, "base64");
    bytes.set(new Uint8Array(values.buffer).subarray(8, 12), 8);
    bias.data = encodeBase64(bytes);
    rejects(d, "layers[1].bias.data[2]: expected a finite number, got NaN");
  });

  it("rejects wrong byte counts, bad base64 and -128", () => {
    const d = base();
    d.heads[0].bias.data = encodeBase64(new Uint8Array(4));
    rejects(d, "heads.department.bias.data: expected 20 bytes, got 4");
    const e = base();
    e.embedding.data = "not base64!";
    rejects(e, "embedding.data: expected base64 text");
    const f = base();
    const q = Buffer.from(f.embedding.data, "base64");
    q[7] = 0x80;
    f.embedding.data = encodeBase64(q);
    rejects(f, "embedding.data[7]: expected an integer in [-127, 127], got -128");
  });

  it("rejects duplicates: labels, heads, vocabulary entries", () => {
    const d = base();
    d.heads[1].labels[2] = "negative";
    rejects(d, 'heads.sentiment.labels: duplicate label "negative"');
    const e = base();
    e.heads[1].name = "department";
    rejects(e, 'heads: duplicate head "department"');
    const f = base();
    f.features.bow_vocab[1] = "refund";
    rejects(f, 'features.bow_vocab: duplicate entry "refund"');
  });

  it("requires the unknown token in the embedding vocabulary", () => {
    const d = base();
    d.features.unk_token = "<missing>";
    rejects(d, 'features.unk_token: "<missing>" is not in features.embedding_vocab');
  });

  it("rejects a sigmoid head without exactly two labels", () => {
    const d = base();
    d.heads[2].labels.push("medium");
    rejects(d, "heads.churn_risk.labels: a sigmoid head has exactly 2 labels, got 3");
  });

  it("rejects an unknown format and non-objects", () => {
    rejects({ format: "other" }, /^format: expected "tinytriage-model"/);
    rejects([], "expected a JSON object at the top level");
    rejects(null, "expected a JSON object at the top level");
  });

  it("reports truncated or non-JSON text as one clear error", () => {
    const text = JSON.stringify(base());
    expect(() => parseModelJson(text.slice(0, text.length / 2))).toThrow(/^not valid JSON \(/);
    expect(() => parseModelJson("\u0000\u0001binary")).toThrow(ModelFormatError);
  });
});
