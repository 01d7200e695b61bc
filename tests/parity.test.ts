// The reference model and its engine's outputs on 400 inputs: this engine must reproduce the
// normalized text, tokens, every nonzero feature, every label, every probability (to 1e-6;
// in practice bit for bit) and the intent top-3 order, with both builds of the core.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModelFile } from "../src/index.js";
import { classifierFromModel, type Classifier } from "../src/runtime/classifier.js";
import type { HeadResult, TopKEntry } from "../src/runtime/result.js";
import type { Model } from "../src/model/types.js";
import { coreModule, VARIANTS } from "./helpers/core.js";
import { REFERENCE_GOLDENS, REFERENCE_MODEL } from "./helpers/paths.js";

interface Golden {
  id: string;
  text: string;
  quantized: { prediction: Record<string, unknown> & { debug: { normalized_text: string; tokens: string[]; feature_size: number; feature_nonzero: [number, number][] } } };
}

const goldens: Golden[] = readFileSync(REFERENCE_GOLDENS, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Golden);
const HEADS = ["department", "sentiment", "lead_intent", "churn_risk", "intent"];

let model: Model;
beforeAll(async () => {
  model = await loadModelFile(REFERENCE_MODEL);
});

it("has all 400 golden lines", () => {
  expect(goldens).toHaveLength(400);
});

// "int8 kernels" keeps every layer on the int8 kernels; by default small layers run as float32.
const CONFIGS = VARIANTS.flatMap((variant) => [[variant, "default"] as const, [variant, "int8 kernels"] as const]);

describe.each(CONFIGS)("reference parity (%s build, %s)", (variant, kernels) => {
  let classifier: Classifier;
  beforeAll(() => {
    classifier = classifierFromModel(model, { core: coreModule(variant), variant, keepInt8: kernels === "int8 kernels" });
  });

  it("uses the requested build", () => {
    expect(classifier.variant).toBe(variant);
  });

  it.each(goldens.map((g) => [g.id, g] as const))("%s", (_id, g) => {
    const want = g.quantized.prediction;
    const got = classifier.classify(g.text, { debug: true });
    expect(got.debug!.normalized_text).toBe(want.debug.normalized_text);
    expect(got.debug!.tokens).toEqual(want.debug.tokens);
    expect(got.debug!.feature_size).toBe(want.debug.feature_size);
    expect(got.debug!.features).toEqual(want.debug.feature_nonzero.map(([i, v]) => [i, Math.fround(v)]));
    for (const head of HEADS) {
      const w = want[head] as HeadResult;
      const r = got[head] as HeadResult;
      expect(r.label, head).toBe(w.label);
      expect(Math.abs(r.confidence - Math.fround(w.confidence)), `${head} confidence`).toBeLessThanOrEqual(1e-6);
      expect(Object.keys(r.scores).sort()).toEqual(Object.keys(w.scores).sort());
      for (const [label, p] of Object.entries(w.scores)) {
        expect(Math.abs(r.scores[label]! - Math.fround(p)), `${head}.${label}`).toBeLessThanOrEqual(1e-6);
      }
    }
    const topK = got.intent_top_k as TopKEntry[];
    expect(topK.map((e) => e.label)).toEqual((want.intent_top_k as TopKEntry[]).map((e) => e.label));
  });
});
