// The Classifier API and the model format round trip.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createClassifier, loadModel, loadModelFile, toTinytriageJson, type Classifier } from "../src/index.js";
import { ModelFormatError } from "../src/model/errors.js";
import { quantizeRows } from "../src/model/quantize.js";
import type { Model } from "../src/model/types.js";
import { describeModel } from "../src/runtime/model-info.js";
import type { HeadResult, TopKEntry } from "../src/runtime/result.js";
import { REFERENCE_GOLDENS, REFERENCE_MODEL } from "./helpers/paths.js";
import { tinyModel } from "./helpers/tiny-model.js";

const texts: string[] = readFileSync(REFERENCE_GOLDENS, "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { text: string }).text);

const quantizeAll = (m: Model): Model => ({
  ...m,
  embedding: quantizeRows(m.embedding),
  layers: m.layers.map((l) => ({ ...l, weight: quantizeRows(l.weight) })),
  heads: m.heads.map((h) => ({ ...h, weight: quantizeRows(h.weight) })),
});

describe("createClassifier", () => {
  let reference: Classifier;
  beforeAll(async () => {
    reference = await createClassifier({ model: REFERENCE_MODEL });
  });

  it("accepts a path, JSON text, a parsed document and a loaded model alike", async () => {
    const text = readFileSync(REFERENCE_MODEL, "utf8");
    const fromText = await createClassifier({ model: text });
    const fromDoc = await createClassifier({ model: JSON.parse(text) as Record<string, unknown> });
    const fromModel = await createClassifier({ model: loadModel(JSON.parse(text)) });
    for (const t of texts.slice(0, 50)) {
      const want = reference.classify(t);
      expect(fromText.classify(t)).toEqual(want);
      expect(fromDoc.classify(t)).toEqual(want);
      expect(fromModel.classify(t)).toEqual(want);
    }
  });

  it("runs the scalar build when asked, with the same results", async () => {
    const scalar = await createClassifier({ model: REFERENCE_MODEL, variant: "scalar" });
    expect(scalar.variant).toBe("scalar");
    for (const t of texts) expect(scalar.classify(t)).toEqual(reference.classify(t));
  });

  it("returns every head, the top-k and the narrative; debug on request", () => {
    const r = reference.classify("I want a refund, my order is late", { topK: 5, debug: true });
    for (const h of reference.info.heads) expect(Object.keys((r[h.name] as HeadResult).scores)).toEqual(h.labels);
    expect(r.intent_top_k as TopKEntry[]).toHaveLength(5);
    const topK = r.intent_top_k as TopKEntry[];
    for (let i = 1; i < topK.length; i++) expect(topK[i - 1]!.confidence).toBeGreaterThanOrEqual(topK[i]!.confidence);
    expect(r.human_readable.summary).toMatch(/^Route to \w+ \(\d+\.\d%\) about/);
    expect(r.human_readable.triage_note).toMatch(/^Priority /);
    expect(r.human_readable.reply_draft.length).toBeGreaterThan(20);
    expect(r.debug!.tokens).toEqual(["i", "want", "a", "refund", "my", "order", "is", "late"]);
    expect(r.debug!.keywords).toEqual(expect.arrayContaining(["refund", "late"]));
    expect(reference.classify("x")).not.toHaveProperty("debug");
  });

  it("asks for a manual review when the model is unsure", () => {
    const unsure = reference.classify("");
    expect((unsure.intent as HeadResult).confidence).toBeLessThan(0.55);
    expect(unsure.human_readable.manual_review_note).toMatch(/^Check by hand/);
  });

  it("classifyBatch equals classify on each text", () => {
    const batch = texts.slice(0, 40);
    expect(reference.classifyBatch(batch)).toEqual(batch.map((t) => reference.classify(t)));
  });

  it("labelIndices agrees with classify", () => {
    const out = new Int32Array(reference.info.heads.length);
    for (const t of texts) {
      const confidence = reference.labelIndices(t, out);
      const r = reference.classify(t);
      reference.info.heads.forEach((h, i) => expect(h.labels[out[i]!]).toBe((r[h.name] as HeadResult).label));
      expect(confidence).toBe((r.intent as HeadResult).confidence);
    }
  });

  it("reports the model", () => {
    expect(reference.info.format).toBe("reference-v1");
    expect(reference.info.input_size).toBe(1256);
    expect(reference.info.parameters).toBe(2000 * 24 + 1256 * 64 + 64 + 64 * 32 + 32 + 32 * 26 + 26);
  });

  it("fails clearly without a model or with a broken one", async () => {
    await expect(createClassifier({} as never)).rejects.toThrow(TypeError);
    await expect(createClassifier({ model: "{not json" })).rejects.toThrow(ModelFormatError);
    await expect(createClassifier({ model: "/no/such/model.json" })).rejects.toThrow("cannot read model file /no/such/model.json: no such file");
  });
});

describe("model format", () => {
  it("carries the reference model over without changing a single output", async () => {
    const model = await loadModelFile(REFERENCE_MODEL);
    const json = JSON.stringify(toTinytriageJson(model));
    expect(json.length).toBeLessThan(readFileSync(REFERENCE_MODEL).length / 5);
    const a = await createClassifier({ model });
    const b = await createClassifier({ model: json });
    for (const t of texts) expect(b.classify(t, { debug: true })).toEqual(a.classify(t, { debug: true }));
  });

  it("round-trips float32 models exactly and writes the same text for the same model", async () => {
    const model = tinyModel({ dtype: "f32" });
    const text = JSON.stringify(toTinytriageJson(model));
    expect(JSON.stringify(toTinytriageJson(loadModel(JSON.parse(text))))).toBe(text);
    const a = await createClassifier({ model });
    const b = await createClassifier({ model: text });
    for (const t of ["refund nahi mila", "app not working", "thanks!", ""]) expect(b.classify(t)).toEqual(a.classify(t));
  });

  it("keeps the emoji setting through the file, and reads files written before it as off", async () => {
    const base = tinyModel({ dtype: "f32" });
    const json = toTinytriageJson({ ...base, preprocess: { ...base.preprocess, keepEmoji: true } }) as { preprocess: Record<string, unknown> };
    expect(json.preprocess.keep_emoji).toBe(true);
    expect(loadModel(json).preprocess.keepEmoji).toBe(true);
    expect(describeModel(loadModel(json)).keeps_emoji).toBe(true);
    expect(describeModel(base).keeps_emoji).toBe(false);
    delete json.preprocess.keep_emoji;
    expect(loadModel(json).preprocess.keepEmoji).toBe(false);
    expect(() => loadModel({ ...json, preprocess: { ...json.preprocess, keep_emoji: "yes" } })).toThrow(/preprocess\.keep_emoji/);
  });

  it("keeps negation marking through the file, reads files without it as off, and rejects a bad one", async () => {
    const base = tinyModel({ dtype: "f32" });
    const negation = { negators: ["not", "don't"], cues: ["want"], stops: ["but"], window: 3, mark: "not_" };
    const json = toTinytriageJson({ ...base, preprocess: { ...base.preprocess, negation } }) as { preprocess: Record<string, unknown> };
    expect(json.preprocess.negation).toEqual(negation);
    expect(loadModel(json).preprocess.negation).toEqual(negation);
    expect(describeModel(loadModel(json)).marks_negated_requests).toBe(true);
    expect(describeModel(base).marks_negated_requests).toBe(false);
    expect("negation" in (toTinytriageJson(base) as { preprocess: object }).preprocess).toBe(false);
    // The marked words reach the features: "not_want" is not "want".
    const marking = await createClassifier({ model: json });
    expect(marking.classify("i don't want refund", { debug: true }).debug!.normalized_text).toBe("i don t not_want not_refund");
    // The engine gives the marked tokens no character n-grams: only word pairs reach the buckets.
    const hashedInputs = (c: Classifier, text: string) => {
      const d = c.classify(text, { debug: true }).debug!;
      const layout = { from: base.features.bowVocab.length + base.features.keywords.length, to: base.features.bowVocab.length + base.features.keywords.length + base.features.hashing.buckets };
      return d.features.filter(([i]) => i >= layout.from && i < layout.to).length;
    };
    const plain = await createClassifier({ model: base });
    expect(hashedInputs(marking, "don't want refund")).toBeLessThan(hashedInputs(plain, "don't want refund"));
    expect(hashedInputs(marking, "want refund")).toBe(hashedInputs(plain, "want refund"));
    const { negation: _, ...without } = json.preprocess;
    expect(loadModel({ ...json, preprocess: without }).preprocess.negation).toBeNull();
    const bad = (n: Record<string, unknown>) => () => loadModel({ ...json, preprocess: { ...json.preprocess, negation: { ...negation, ...n } } });
    expect(bad({ cues: ["want it"] })).toThrow(/preprocess\.negation\.cues: "want it" is not a single token/);
    expect(bad({ window: 0 })).toThrow(/preprocess\.negation\.window/);
    expect(bad({ mark: "" })).toThrow(/preprocess\.negation\.mark/);
    expect(bad({ mark: "neg" })).toThrow(/preprocess\.negation\.mark: "neg" could occur in normalized text/);
    expect(bad({ negators: [] })).toThrow(/preprocess\.negation\.negators/);
    expect(() => loadModel({ ...json, preprocess: { ...json.preprocess, mode: "reference" } })).toThrow(/preprocess\.negation: only native preprocessing/);
  });

  it("keeps object-first negation cues through the file under snake_case, and rejects bad ones", async () => {
    const base = tinyModel({ dtype: "f32" });
    const negation = { negators: ["not"], cues: ["want"], stops: ["but"], window: 3, mark: "not_", objectFirst: { cues: ["wanted"], window: 2 } };
    const json = toTinytriageJson({ ...base, preprocess: { ...base.preprocess, negation } }) as { preprocess: { negation: Record<string, unknown> } };
    expect(json.preprocess.negation.object_first).toEqual({ cues: ["wanted"], window: 2 });
    expect("objectFirst" in json.preprocess.negation).toBe(false);
    expect(loadModel(json).preprocess.negation).toEqual(negation);
    const marking = await createClassifier({ model: json });
    expect(marking.classify("my refund not wanted but replacement", { debug: true }).debug!.normalized_text).toBe("not_my not_refund not not_wanted but replacement");
    const bad = (o: unknown) => () => loadModel({ ...json, preprocess: { ...json.preprocess, negation: { ...json.preprocess.negation, object_first: o } } });
    expect(bad({ cues: ["not wanted"], window: 2 })).toThrow(/preprocess\.negation\.object_first\.cues: "not wanted" is not a single token/);
    expect(bad({ cues: [], window: 2 })).toThrow(/preprocess\.negation\.object_first\.cues/);
    expect(bad({ cues: ["wanted"], window: 0 })).toThrow(/preprocess\.negation\.object_first\.window/);
    expect(bad({ cues: ["wanted"] })).toThrow(/preprocess\.negation\.object_first\.window/);
  });

  it("quantizes to int8 per row with small output changes", async () => {
    const model = tinyModel({ dtype: "f32", seed: 5 });
    const f32 = await createClassifier({ model });
    const i8 = await createClassifier({ model: JSON.stringify(toTinytriageJson(quantizeAll(model))) });
    let maxDiff = 0;
    for (const t of ["refund nahi mila", "my order 12 is late", "login password broken", "thanks for the demo", "cancel pls"]) {
      const a = f32.classify(t);
      const b = i8.classify(t);
      for (const h of f32.info.heads) {
        for (const [l, p] of Object.entries((a[h.name] as HeadResult).scores)) maxDiff = Math.max(maxDiff, Math.abs(p - (b[h.name] as HeadResult).scores[l]!));
      }
    }
    expect(maxDiff).toBeGreaterThan(0);
    expect(maxDiff).toBeLessThan(0.05);
  });

  it("quantizes each row to [-127, 127] with scale max|w|/127", () => {
    const m = quantizeRows({ dtype: "f32", rows: 2, cols: 3, data: Float32Array.from([0.5, -1, 0.25, 0, 0, 0]) });
    if (m.dtype !== "i8") throw new Error("expected int8");
    expect(Array.from(m.data)).toEqual([64, -127, 32, 0, 0, 0]);
    expect(m.scale[0]).toBe(Math.fround(1 / 127));
    expect(m.scale[1]).toBe(1);
  });
});
