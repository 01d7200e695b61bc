// Preprocessing and features: the reference mode's corner cases beyond the goldens, and what
// native mode fixes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FeatureExtractor, tokenCharTable } from "../src/features/extractor.js";
import { FNV_OFFSET, FNV_PRIME } from "../src/features/hash.js";
import { KeywordMatcher } from "../src/features/keyword-matcher.js";
import type { FeatureSpec } from "../src/model/types.js";
import { MAX_TEXT_CHARS, type PreprocessConfig } from "../src/preprocess/config.js";
import { orderHinglishKeys } from "../src/preprocess/hinglish.js";
import { createNormalizer } from "../src/preprocess/index.js";
import { createPatternFolder } from "../src/preprocess/native-normalize.js";
import { NEGATED_REQUESTS } from "../src/train/negated-requests.js";
import { HINGLISH_MAP } from "../src/train/synth/hinglish.js";
import { replaceReferenceEmails } from "../src/preprocess/reference-email.js";
import { REFERENCE_GOLDENS } from "./helpers/paths.js";
import { rng } from "./helpers/random.js";

const config = (mode: "reference" | "native", hinglishMap: Record<string, string> = { nahi: "not", paisa: "money", "kr do": "please do", pls: "please" }): PreprocessConfig => ({
  mode,
  lowercase: true,
  placeholders: { url: "<url>", email: "<email>", number: "<num>" },
  hinglishMap,
  squeezeElongation: mode === "native",
  keepEmoji: false,
  negation: null,
  maxChars: MAX_TEXT_CHARS,
});

function spec(keywords: string[], keywordMatch: "substring" | "token", extra: Partial<FeatureSpec> = {}): FeatureSpec {
  return {
    bowVocab: ["refund", "money", "not", "received", "<num>", "cafe", "late", "मेरा"],
    keywords,
    keywordMatch,
    hashing: { buckets: 0, wordNgrams: 0, charNgramMin: 0, charNgramMax: 0 },
    lexicon: null,
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

  it("drops emoji by default, and keeps each as a token of its own when the model says so", () => {
    expect(normalize("refund nahi mila 😡😡 🙏")).toBe("refund not mila");
    const keeping = createNormalizer({ ...config("native"), keepEmoji: true });
    expect(keeping("refund nahi mila😡😡 🙏")).toBe("refund not mila 😡 😡 🙏");
    // Skin tones, variation selectors, joiners and keycaps fall away; family members stay apart.
    expect(keeping("❤️ it 👍🏽 1️⃣ 👨‍👩‍👧")).toBe("❤ it 👍 <num> 👨 👩 👧");
    expect(keeping("Café ™ sooo goood!!")).toBe("cafe tm soo good");
    // ASCII text takes the one-pass scanner either way.
    expect(keeping("Where is my REFUND??")).toBe(normalize("Where is my REFUND??"));
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

  it("hashes character n-grams of <token> into buckets, any bucket count", () => {
    const SEED = FNV_OFFSET ^ 0x9e3779b9;
    const naive = (tokens: string[], buckets: number, min: number, max: number) => {
      const counts = new Map<number, number>();
      for (const token of tokens) {
        const gram = `<${token}>`;
        for (let s = 0; s < gram.length; s++) {
          let g = SEED;
          for (let e = s; e < Math.min(gram.length, s + max); e++) {
            g = Math.imul(g ^ gram.charCodeAt(e), FNV_PRIME);
            if (e - s + 1 >= min && !(s === 0 && e === gram.length - 1)) counts.set((g >>> 0) % buckets, (counts.get((g >>> 0) % buckets) ?? 0) + 1);
          }
        }
      }
      return [...counts].map(([b, c]) => [b, Math.fround(Math.log1p(c))]).sort((a, b) => a[0]! - b[0]!);
    };
    const rand = rng(3);
    for (const buckets of [4096, 1000, 1, 8191]) for (const [min, max] of [[3, 5], [1, 1], [2, 6], [4, 4]] as const) {
      const s = spec([], "token", { bowVocab: [], hashing: { buckets, wordNgrams: 0, charNgramMin: min, charNgramMax: max } });
      for (let i = 0; i < 50; i++) {
        const tokens = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => Array.from({ length: 1 + Math.floor(rand() * 9) }, () => "abcdeé1"[Math.floor(rand() * 7)]).join(""));
        const f = features("native", s, tokens.join(" "));
        const got = f.ids.map((id, k) => [id - f.layout.hashed, f.vals[k]!]).sort((a, b) => a[0]! - b[0]!);
        expect(got, tokens.join(" ")).toEqual(naive(f.tokens, buckets, min, max));
      }
    }
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

describe("negated requests", () => {
  const plain = createNormalizer(config("native", HINGLISH_MAP));
  const marking = createNormalizer({ ...config("native", HINGLISH_MAP), negation: NEGATED_REQUESTS });

  it("marks what the customer declines, up to the window or a stop word", () => {
    expect(marking("I don't want a refund, just tell me when the replacement ships.")).toBe("i don t not_want not_a not_refund just tell me when the replacement ships");
    expect(marking("Not cancelling the tuition plan, just want to switch batches")).toBe("not not_cancelling not_the not_tuition not_plan just want to switch batches");
    expect(marking("Not a complaint, but the invoice has our old address")).toBe("not not_a not_complaint but the invoice has our old address");
    expect(marking("no no I DO NOT want to cancel!! I clicked by mistake")).toBe("no no i do not not_want not_to not_cancel i clicked by mistake");
    expect(marking("Don't close my account, I only want to stop the newsletter")).toBe("don t not_close not_my not_account i only want to stop the newsletter");
    // The window ends the scope without a stop word: the refund ask after it is kept.
    expect(marking("dont need the replacement sent again refund it")).toBe("dont not_need not_the not_replacement not_sent again refund it");
  });

  it("leaves a negated problem alone: there the negated word is the issue", () => {
    for (const t of ["I have not received my refund", "no refund yet for order 55", "app not working since monday", "never got my parcel"]) {
      expect(marking(t)).toBe(plain(t));
    }
  });

  it("marks Hinglish after the map turns it into English, reading Hindi order backwards", () => {
    // "nahi chahiye" / "nahi karna (chahta)" become "not wanted", which follows what it declines.
    expect(marking("bhai cancel nahi karna, bas plan change karo")).toBe("not_bhai not_cancel not not_wanted bas plan change please do");
    expect(marking("mujhe refund nahi chahiye replacement bhejo")).toBe("not_mujhe not_refund not not_wanted replacement send");
    expect(marking("paisa wapas nahi chahiye, bas sahi size bhej do")).toBe("not_refund not not_wanted bas sahi size bhej do");
    expect(marking("Main cancel nahi karna chahta, bas plan chhota karna hai")).toBe("not_main not_cancel not not_wanted bas plan chhota karna hai");
    // A stop word ends the backward scope too.
    expect(marking("bas subscription nhi chahiye")).toBe("bas not_subscription not not_wanted");
    // A negated problem is still a problem: "refund nahi mila" is a refund not received.
    expect(marking("refund nahi mila abhi tak")).toBe(plain("refund nahi mila abhi tak"));
    expect(marking("order nahi aaya")).toBe("order not arrived");
  });

  it("reads object-first cues backwards only when the model file lists them", () => {
    const { objectFirst: _, ...forwardOnly } = NEGATED_REQUESTS;
    const forward = createNormalizer({ ...config("native", HINGLISH_MAP), negation: forwardOnly });
    expect(forward("refund nahi chahiye")).toBe("refund not wanted");
    expect(marking("refund nahi chahiye")).toBe("not_refund not not_wanted");
  });

  it("gives marked tokens no character n-grams, so they share no input with the unmarked word", () => {
    const s = spec([], "token", { hashing: { buckets: 4096, wordNgrams: 0, charNgramMin: 3, charNgramMax: 5 } });
    const hashedOf = (mark: string | null, text: string) => {
      const x = new FeatureExtractor(s, 0, tokenCharTable("native"), mark);
      const buffers = { ids: new Int32Array(x.maxActive), vals: new Float32Array(x.maxActive), embeddingRows: new Int32Array(s.maxTokens) };
      const { active } = x.extract(text, buffers);
      return Array.from(buffers.ids.subarray(0, active)).filter((i) => i >= x.layout.hashed);
    };
    expect(hashedOf("not_", "not_refund")).toEqual([]);
    expect(hashedOf("not_", "refund").length).toBeGreaterThan(0);
    expect(hashedOf("not_", "refund")).toEqual(hashedOf(null, "refund"));
    // Without a mark the same token is an ordinary word with its n-grams.
    expect(hashedOf(null, "not_refund").length).toBeGreaterThan(0);
  });

  it("is off unless the model file asks for it", () => {
    expect(plain("I don't want a refund")).toBe("i don t want a refund");
  });
});

describe("native one-pass scanner", () => {
  // The oracle: the pattern passes, then the Hinglish map as a whole-token regex, longest key
  // first, as the rule is defined.
  const oracle = (c: PreprocessConfig) => {
    const fold = createPatternFolder(c);
    const map: Record<string, string> = {};
    for (const [k, v] of Object.entries(c.hinglishMap)) map[fold(k)] = fold(v);
    const keys = orderHinglishKeys(map).filter((k) => k.length > 0);
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = keys.length ? new RegExp(`(?<=^| )(?:${keys.map(escape).join("|")})(?= |$)`, "gu") : null;
    // A key mapped to "" leaves no token behind (and no doubled space).
    return (t: string) => {
      const folded = fold(t);
      if (re === null || folded.match(re) === null) return folded;
      return folded.replace(re, (k) => map[k]!).split(" ").filter((w) => w !== "").join(" ");
    };
  };
  const configs = [
    config("native", { ...HINGLISH_MAP, "x y": "", "aa bb cc": "ok", z: "z z" }),
    config("native", {}),
    { ...config("native"), squeezeElongation: false },
    { ...config("native"), placeholders: { url: null, email: null, number: null } },
  ];

  it("gives what the pattern passes give, on 30,000 random strings", () => {
    const rand = rng(11);
    const alphabet = "aaabbxyzcdNAHIkKR019_ <>-.,!?'@:/\t\nhttpwww";
    for (const c of configs) {
      const fast = createNormalizer(c);
      const slow = oracle(c);
      for (let i = 0; i < 30_000 / configs.length; i++) {
        const words = ["nahi", "kr do", "paisa", "aaaa", "x y", "aa bb cc", "z", "5521", "a_1", "1_a", "#42", "http://x.io/1", "me@x.io"];
        const s = Array.from({ length: Math.floor(rand() * 14) }, () => (rand() < 0.3 ? words[Math.floor(rand() * words.length)] : alphabet[Math.floor(rand() * alphabet.length)])).join(rand() < 0.5 ? "" : " ");
        expect(fast(s), JSON.stringify(s)).toBe(slow(s));
      }
    }
  });

  it("gives what the pattern passes give on real tickets", () => {
    const texts = [
      ...readFileSync(REFERENCE_GOLDENS, "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { text: string }).text),
      ...readFileSync(new URL("../data/hand-labelled-tickets.jsonl", import.meta.url), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { text: string }).text),
    ];
    expect(texts.length).toBeGreaterThan(500);
    const c = config("native", HINGLISH_MAP);
    const fast = createNormalizer(c);
    const slow = oracle(c);
    for (const t of texts) expect(fast(t), t).toBe(slow(t));
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
