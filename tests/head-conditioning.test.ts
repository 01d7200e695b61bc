// A head conditioned on another (the department following the intent): its probabilities, the
// model file field and its validation.
import { describe, expect, it } from "vitest";
import { createClassifier, loadModel, toTinytriageJson } from "../src/index.js";
import type { HeadCondition, Model } from "../src/model/types.js";
import type { HeadResult } from "../src/runtime/result.js";
import { FOLLOWS_INTENT } from "../src/train/run-training.js";
import { tinyModel } from "./helpers/tiny-model.js";

// tinyModel's intents → its departments; general_query may go to general or sales (two allowed).
const ROUTING: HeadCondition = {
  head: "intent",
  allowed: { refund: ["billing"], delivery_issue: ["logistics"], account_access: ["technical"], pricing_inquiry: ["sales"], praise: ["general"], general_query: ["general", "sales"] },
};
const conditioned = (m: Model, c: HeadCondition = ROUTING): Model => ({ ...m, heads: m.heads.map((h) => (h.name === "department" ? { ...h, conditionedOn: c } : h)) });
const TEXTS = ["refund nahi mila", "my order is late", "login broken", "price for demo", "thanks so much", "", "where is the app", "money money money"];

describe("a conditioned head", () => {
  it("follows the source head: P(d) = Σ_s P(s) · q(d | s), with the head's own scores splitting shared mass", async () => {
    const model = tinyModel({ seed: 4 });
    const raw = await createClassifier({ model });
    const routed = await createClassifier({ model: conditioned(model) });
    for (const text of TEXTS) {
      const r = raw.classify(text);
      const c = routed.classify(text);
      const intent = (r.intent as HeadResult).scores;
      const own = (r.department as HeadResult).scores;
      const split = own.general! + own.sales!;
      const want: Record<string, number> = {
        billing: intent.refund!,
        logistics: intent.delivery_issue!,
        technical: intent.account_access!,
        sales: intent.pricing_inquiry! + (intent.general_query! * own.sales!) / split,
        general: intent.praise! + (intent.general_query! * own.general!) / split,
      };
      const got = (c.department as HeadResult).scores;
      for (const [label, p] of Object.entries(want)) expect(got[label]).toBeCloseTo(p, 6);
      expect(Object.values(got).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      // The other heads are untouched.
      expect(c.intent).toEqual(r.intent);
      expect(c.sentiment).toEqual(r.sentiment);
      expect(c.churn_risk).toEqual(r.churn_risk);
    }
  });

  it("the labels-only path and the full result agree", async () => {
    const c = await createClassifier({ model: conditioned(tinyModel({ seed: 6 })) });
    const out = new Int32Array(c.info.heads.length);
    for (const text of TEXTS) {
      c.labelIndices(text, out);
      expect(c.info.heads[0]!.labels[out[0]!]).toBe((c.classify(text).department as HeadResult).label);
    }
  });

  it("round-trips through the model file, and models without it are unchanged", () => {
    const json = toTinytriageJson(conditioned(tinyModel()));
    const dept = (json.heads as { name: string; conditioned_on?: unknown }[]).find((h) => h.name === "department")!;
    expect(dept.conditioned_on).toEqual(ROUTING);
    expect(loadModel(JSON.parse(JSON.stringify(json))).heads[0]!.conditionedOn).toEqual(ROUTING);
    expect(loadModel(toTinytriageJson(tinyModel())).heads[0]!.conditionedOn).toBeUndefined();
  });

  it("rejects a condition naming a missing or conditioned head, a missing or unknown label, a sigmoid head", () => {
    const bad = (c: HeadCondition, base: Model = tinyModel()) => () => loadModel(JSON.parse(JSON.stringify(toTinytriageJson(conditioned(base, c)))));
    expect(bad({ ...ROUTING, head: "topic" })).toThrow(/heads\.department\.conditioned_on\.head.*no head named "topic"/);
    expect(bad({ ...ROUTING, head: "department" })).toThrow(/cannot be conditioned on itself/);
    expect(bad({ ...ROUTING, head: "churn_risk" })).toThrow(/both heads must be softmax heads/);
    const { praise: _, ...missing } = ROUTING.allowed;
    expect(bad({ ...ROUTING, allowed: missing })).toThrow(/allowed.*missing "praise"/);
    expect(bad({ ...ROUTING, allowed: { ...ROUTING.allowed, cancellation: ["billing"] } })).toThrow(/"cancellation" is not a label of "intent"/);
    expect(bad({ ...ROUTING, allowed: { ...ROUTING.allowed, praise: ["happy"] } })).toThrow(/allowed\.praise.*"happy" is not a label of "department"/);
    expect(bad({ ...ROUTING, allowed: { ...ROUTING.allowed, praise: [] } })).toThrow(/at least one allowed label/);
    expect(bad({ ...ROUTING, allowed: { ...ROUTING.allowed, praise: ["general", "general"] } })).toThrow(/duplicate label "general"/);
    const chained: Model = { ...tinyModel(), heads: tinyModel().heads.map((h) => (h.name === "intent" ? { ...h, conditionedOn: { head: "sentiment", allowed: {} } } : h)) };
    expect(bad({ head: "intent", allowed: {} }, chained)).toThrow(/conditioned/);
  });

  it("the default model's heads follow the intent as LABELS.md says", () => {
    const { department, lead_intent } = FOLLOWS_INTENT;
    expect(Object.keys(department!.allowed)).toHaveLength(14);
    expect(department!.allowed.cancellation).toEqual(["billing", "logistics"]);
    expect(department!.allowed.refund).toEqual(["billing"]);
    expect(department!.allowed.pricing_inquiry).toEqual(["sales"]);
    expect(Object.keys(lead_intent!.allowed)).toHaveLength(14);
    expect(lead_intent!.allowed.demo_request).toEqual(["high"]);
    expect(lead_intent!.allowed.feature_request).toEqual(["medium"]);
    expect(lead_intent!.allowed.refund).toEqual(["low"]);
    expect(lead_intent!.allowed.general_query).toEqual(["low", "medium", "high"]);
  });
});
