// Preprocessing and features: the reference mode's corner cases beyond the goldens, and what
// native mode fixes.
import { describe, expect, it } from "vitest";
import { FeatureExtractor, tokenCharTable } from "../src/features/extractor.js";
import { KeywordMatcher } from "../src/features/keyword-matcher.js";
import type { FeatureSpec } from "../src/model/types.js";
import { MAX_TEXT_CHARS, type PreprocessConfig } from "../src/preprocess/config.js";
import { createNormalizer } from "../src/preprocess/index.js";
import { replaceReferenceEmails } from "../src/preprocess/reference-email.js";
import { rng } from "./helpers/random.js";

const config = (mode: "reference" | "native", hinglishMap: Record<string, string> = { nahi: "not", paisa: "money", "kr do": "please do", pls: "please" }): PreprocessConfig => ({
  mode,
  lowercase: true,
  placeholders: { url: "<url>", email: "<email>", number: "<num>" },
  hinglishMap,
  squeezeElongation: mode === "native",
  maxChars: MAX_TEXT_CHARS,
});

function spec(keywords: string[], keywordMatch: "substring" | "token", extra: Partial<FeatureSpec> = {}): FeatureSpec {
  return {
    bowVocab: ["refund", "money", "not", "received", "<num>", "cafe", "late", "मेरा"],
    keywords,
    keywordMatch,
    hashing: { buckets: 0, wordNgrams: 0, charNgramMin: 0, charNgramMax: 0 },
    embeddingVocab: ["<pad>", "<unk>", "refund"],
    unkRow: 1,
    maxTokens: 24,
    ...extra,
  };
}

function features(mode: "reference" | "native", s: FeatureSpec, text: string) {
  const normalized = createNormalizer(config(mode))(text);
  const x = new FeatureExtractor(s, 0, tokenCharTable(mode));
  const buffers = { ids: new Int32Array(x.maxActive), vals: new Float32Array(x.maxActive), embeddingRows: new Int32Array(s.maxTokens) };
  const { active } = x.extract(normalized, buffers);
  return { normalized, tokens: x.tokens(normalized), ids: Array.from(buffers.ids.subarray(0, active)), vals: Array.from(buffers.vals.subarray(0, active)), layout: x.layout };
}

describe("reference e-mail rule", () => {
  const REGEX = /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g;

  it("matches exactly what the regex matches, on 20,000 random strings", () => {
    const rand = rng(7);
    const alphabet = "ab1_.+-@ #é";
    for (let i = 0; i < 20_000; i++) {
      const s = Array.from({ length: Math.floor(rand() * 18) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join("");
      expect(replaceReferenceEmails(s, "<E>"), JSON.stringify(s)).toBe(s.replace(REGEX, "<E>"));
    }
  });

  it("handles real addresses", () => {
    expect(replaceReferenceEmails("mail john.doe+x@example.co.uk now", " <email> ")).toBe("mail  <email>  now");
    expect(replaceReferenceEmails("a@b.c and d@e.f", "E")).toBe("E and E");
  });
});

describe("reference mode", () => {
  it("matches keywords as plain substrings, as the reference engine does", () => {
    const s = spec(["late", "refund chahiye"], "substring");
    const f = features("reference", s, "Please translate this");
    expect(f.ids).toContain(f.layout.keywords); // "late" fires inside "translate"
  });

  it("erases non-ASCII letters", () => {
    expect(features("reference", spec([], "substring"), "café मेरा refund").tokens).toEqual(["caf", "refund"]);
  });
});

describe("native mode", () => {
  const normalize = createNormalizer(config("native"));

  it("folds compatibility forms and accents, and keeps other scripts as tokens", () => {
    expect(normalize("ＲＥＦＵＮＤ café Crème")).toBe("refund cafe creme");
    expect(normalize("मेरा refund नहीं मिला")).toBe("मेरा refund नहीं मिला");
    expect(normalize("我要退款")).toBe("我要退款");
  });

  it("squeezes elongations and maps Hinglish on whole tokens", () => {
    expect(normalize("sooooo lateeee")).toBe("soo latee");
    expect(normalize("Paisa NAHI mila, kr do pls")).toBe("money not mila please do please");
    expect(normalize("nahin paisaa")).toBe("nahin paisaa");
  });

  it("turns URLs, e-mails and numbers into placeholders, and < > into separators", () => {
    expect(normalize("order #5521 at https://shop.example/x?y=1 or me@shop.io <b>hi</b>")).toBe("order <num> at <url> or <email> b hi b");
    expect(normalize("order5521 v2")).toBe("order5521 v2");
  });

  it("matches keywords on token boundaries, after Hinglish normalization", () => {
    const s = spec(["late", "not received", "money"], "token");
    const f = features("native", s, "please translate");
    expect(f.ids.filter((i) => i >= f.layout.keywords)).toEqual([]);
    const g = features("native", s, "paisa nahi received, so late");
    expect(g.ids.filter((i) => i >= g.layout.keywords).map((i) => s.keywords[i - g.layout.keywords])).toEqual(["late", "not received", "money"]);
  });

  it("knows the placeholders its vocabulary has", () => {
    const s = spec([], "token");
    const f = features("native", s, "order 5521");
    expect(f.ids).toContain(s.bowVocab.indexOf("<num>"));
  });

  it("gives typos and variants shared hashed n-gram features", () => {
    const s = spec([], "token", { hashing: { buckets: 4096, wordNgrams: 2, charNgramMin: 3, charNgramMax: 5 } });
    const hashedOf = (t: string) => new Set(features("native", s, t).ids.filter((i) => i >= s.bowVocab.length));
    const a = hashedOf("refund");
    const b = hashedOf("refnud");
    const c = hashedOf("refundd");
    const shared = (x: Set<number>, y: Set<number>) => [...x].filter((i) => y.has(i)).length;
    expect(shared(a, c)).toBeGreaterThan(a.size / 2);
    expect(shared(a, b)).toBeGreaterThan(0);
    // Word bigrams: "not received" has a feature that "received not" lacks.
    expect(hashedOf("not received")).not.toEqual(hashedOf("received not"));
  });

  it("stays linear on hostile input", () => {
    for (const mode of ["reference", "native"] as const) {
      const n = createNormalizer(config(mode));
      for (const t of ["a.".repeat(20_000) + "@", "a".repeat(40_000) + "@b.c", "1".repeat(40_000) + "a", "@".repeat(40_000)]) {
        const t0 = performance.now();
        n(t);
        // A generous bound: quadratic behaviour takes seconds here.
        expect(performance.now() - t0).toBeLessThan(250);
      }
    }
  });
});

describe("keyword automaton", () => {
  it("finds overlapping keywords and keywords inside others", () => {
    const m = new KeywordMatcher(["he", "she", "his", "hers"], "substring");
    const fired = new Uint8Array(4);
    let state = 0;
    for (const ch of "ushers") state = m.step(state, ch.charCodeAt(0), fired);
    expect(Array.from(fired)).toEqual([1, 1, 0, 1]);
  });
});
