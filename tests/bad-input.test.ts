// Hostile and unusual tickets: every one gets a valid result; misuse gets a TypeError.
import { beforeAll, describe, expect, it } from "vitest";
import { createClassifier, type Classifier } from "../src/index.js";
import { MAX_TEXT_CHARS } from "../src/preprocess/config.js";
import type { HeadResult } from "../src/runtime/result.js";
import { REFERENCE_MODEL } from "./helpers/paths.js";
import { tinyModel } from "./helpers/tiny-model.js";

const CASES: [string, string][] = [
  ["empty", ""],
  ["whitespace", " \t\n\r\u00a0\u2003 "],
  ["1 MB of text", "my refund is late and the app is broken ".repeat(26_000)],
  ["NUL and control characters", "refund\u0000\u0001\u0002\u001b[31m please\u007f"],
  ["lone surrogates", "refund \ud800 please \udfff"],
  ["surrogate pair at the truncation limit", `${"a".repeat(MAX_TEXT_CHARS - 1)}😡 refund`],
  ["emoji", "😡😡 refund 🙏📦"],
  ["Devanagari", "मेरा रिफंड अभी तक नहीं मिला"],
  ["CJK", "我要退款 注文が遅れています"],
  ["RTL text", "أريد استرداد أموالي שלום refund"],
  ["binary-looking bytes", String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 65536))],
];

function expectValid(c: Classifier, text: string): void {
  const r = c.classify(text, { debug: true });
  for (const h of c.info.heads) {
    const head = r[h.name] as HeadResult;
    expect(h.labels).toContain(head.label);
    expect(head.confidence).toBeGreaterThanOrEqual(0);
    expect(head.confidence).toBeLessThanOrEqual(1);
    const sum = Object.values(head.scores).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-4);
  }
  expect(typeof r.human_readable.summary).toBe("string");
  expect(r.debug!.normalized_text.length).toBeLessThanOrEqual(8 * MAX_TEXT_CHARS);
}

describe.each([
  ["reference model", () => createClassifier({ model: REFERENCE_MODEL })],
  ["native model", () => createClassifier({ model: tinyModel({ mode: "native" }) })],
])("bad input (%s)", (_name, make) => {
  let c: Classifier;
  beforeAll(async () => {
    c = await make();
  });

  it.each(CASES)("%s gives a valid result", (_label, text) => expectValid(c, text));

  it("truncates a huge ticket to the documented limit", () => {
    const long = `${"refund ".repeat(MAX_TEXT_CHARS)}cancel`;
    const r = c.classify(long, { debug: true });
    expect(r.debug!.tokens.at(-1)).not.toBe("cancel");
    expect(c.classify(long.slice(0, MAX_TEXT_CHARS))).toEqual(c.classify(long));
  });

  it("rejects non-string text with a TypeError naming the argument", () => {
    for (const bad of [undefined, null, 42, {}, ["refund"], Symbol("x")]) {
      expect(() => c.classify(bad as unknown as string)).toThrow(TypeError);
      expect(() => c.classify(bad as unknown as string)).toThrow(/"text"/);
    }
    expect(() => c.classifyBatch("refund" as unknown as string[])).toThrow(/"texts"/);
    expect(() => c.classifyBatch(["ok", 5 as unknown as string])).toThrow(/"texts\[1\]"/);
    expect(() => c.classify("ok", { topK: 0 })).toThrow(/"topK"/);
    expect(() => c.classify("ok", { topK: 2.5 })).toThrow(TypeError);
  });
});
