// The shipped default model: its size, its format, and its accuracy on the public datasets'
// official test splits, which must stay within 2 points of the numbers in its metadata.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { createClassifier, type Classifier } from "../src/index.js";
import { parseConfig } from "../src/train/config.js";
import { evaluateRows } from "../src/train/evaluate.js";
import { loadSources } from "../src/train/sources.js";
import { ROOT, SHARED } from "./helpers/paths.js";

const MODEL = `${ROOT}public/model.json`;

describe("public/model.json", () => {
  const text = readFileSync(MODEL, "utf8");
  const doc = JSON.parse(text) as { metadata: { metrics: { public_test: Record<string, { accuracy: number }>; test: Record<string, { accuracy: number }> }; training_config: unknown } };
  let classifier: Classifier;
  beforeAll(async () => {
    classifier = await createClassifier({ model: MODEL });
  });

  it("is small: ≤ 1.5 MB raw, ≤ 400 KB gzipped, int8", () => {
    expect(text.length).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(400 * 1024);
    expect(classifier.info.layers.every((l) => l.dtype === "i8")).toBe(true);
    expect(classifier.info.heads.map((h) => h.name)).toEqual(["department", "sentiment", "lead_intent", "churn_risk", "intent"]);
  });

  it("names its training files by their place in the package, not by a machine's path", () => {
    const sources = (JSON.parse(text) as { metadata: { data: { sources: { source: string }[] } } }).metadata.data.sources.map((s) => s.source);
    expect(sources).toContain("data/hand-labelled-tickets.jsonl");
    expect(sources.filter((s) => s.startsWith("/") || /^[A-Za-z]:\\/.test(s))).toEqual([]);
  });

  it("routes the department by the intent (LABELS.md): on clear tickets the two heads agree", () => {
    const heads = (JSON.parse(text) as { heads: { name: string; conditioned_on?: { head: string; allowed: Record<string, string[]> } }[] }).heads;
    expect(heads.find((h) => h.name === "department")!.conditioned_on?.head).toBe("intent");
    for (const t of ["I was charged twice, please refund me", "where is my parcel", "can't log in", "how much is the pro plan", "thanks, great service"]) {
      const r = classifier.classify(t);
      const intent = (r.intent as { label: string; confidence: number }).label;
      const department = (r.department as { label: string }).label;
      const allowed = heads.find((h) => h.name === "department")!.conditioned_on!.allowed[intent]!;
      expect(allowed, t).toContain(department);
    }
  });

  it("keeps its recorded accuracy on the public test splits (within 2 points per head)", async () => {
    const config = parseConfig({ ...(doc.metadata.training_config as object), data_dir: `${SHARED}datasets` });
    const { publicTest } = await loadSources(config, () => {});
    const e = evaluateRows(classifier, publicTest);
    for (const [head, recorded] of Object.entries(doc.metadata.metrics.public_test)) {
      expect(e.heads[head]!.accuracy, head).toBeGreaterThanOrEqual(recorded.accuracy - 0.02);
    }
  });

  it("classifies clear tickets of each department", () => {
    const cases: [string, string, string][] = [
      ["I was charged twice, please refund me", "billing", "refund"],
      ["where is my parcel? please share the tracking number", "logistics", "order_tracking"],
      ["I can't log in, the reset link is broken", "technical", "account_access"],
      ["can we book a demo for our team of 50?", "sales", "demo_request"],
      ["thank you so much, great service!", "general", "praise"],
      ["refund nahi mila abhi tak", "billing", "refund"],
    ];
    for (const [text, department, intent] of cases) {
      const r = classifier.classify(text) as Record<string, { label: string }>;
      expect([r.department!.label, r.intent!.label], text).toEqual([department, intent]);
    }
  });
});
