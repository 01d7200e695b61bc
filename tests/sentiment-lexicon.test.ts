// The sentiment lexicon: its inputs in the extractor, its place in the model file, its loader and
// its use in training.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FeatureExtractor, tokenCharTable } from "../src/features/extractor.js";
import { createClassifier, loadModel, toTinytriageJson } from "../src/index.js";
import { LEXICON_INPUTS, type FeatureSpec, type SentimentLexicon } from "../src/model/types.js";
import { MAX_TEXT_CHARS } from "../src/preprocess/config.js";
import { createNormalizer } from "../src/preprocess/index.js";
import { parseConfig } from "../src/train/config.js";
import { buildLexicon, emojiValences, lexiconValences, readValences } from "../src/train/sentiment-lexicon.js";
import { runPipeline } from "../src/train/pipeline.js";
import { instantiateCore } from "../src/runtime/core.js";
import { loadCoreModule } from "../src/runtime/node-core.js";
import { tinyModel, TINY_LEXICON } from "./helpers/tiny-model.js";

const PREPROCESS = { mode: "native" as const, lowercase: true, placeholders: { url: "<url>", email: "<email>", number: "<num>" }, hinglishMap: { nahi: "not" }, squeezeElongation: true, keepEmoji: false, negation: null, maxChars: MAX_TEXT_CHARS };
const normalize = createNormalizer(PREPROCESS);
const LEXICON: SentimentLexicon = { positive: ["good", "helpful"], strongPositive: ["love", "amazing"], negative: ["slow", "late"], strongNegative: ["worst", "terrible"], negators: ["not", "never", "t"] };

function spec(lexicon: SentimentLexicon | null): FeatureSpec {
  return { bowVocab: ["good", "refund"], keywords: [], keywordMatch: "token", hashing: { buckets: 0, wordNgrams: 0, charNgramMin: 0, charNgramMax: 0 }, lexicon, embeddingVocab: ["<pad>", "<unk>"], unkRow: 1, maxTokens: 16 };
}

/** The lexicon block of a text's features: 4 class values, then the 5 bins. */
function lexiconInputs(text: string, lexicon = LEXICON, normalizeText = normalize): number[] {
  const x = new FeatureExtractor(spec(lexicon), 0, tokenCharTable("native"));
  const b = { ids: new Int32Array(x.maxActive), vals: new Float32Array(x.maxActive), embeddingRows: new Int32Array(16) };
  const { active } = x.extract(normalizeText(text), b);
  const block = new Array<number>(LEXICON_INPUTS).fill(0);
  for (let k = 0; k < active; k++) {
    const id = b.ids[k]!;
    if (id >= x.layout.lexicon && id < x.layout.embedding) block[id - x.layout.lexicon] = b.vals[k]!;
  }
  return block.map((v) => Number(v.toFixed(4)));
}

const l1p = (n: number) => Number(Math.log1p(n).toFixed(4));

describe("lexicon inputs", () => {
  it("count each polarity class and bin the summed score", () => {
    //                                pos  +pos  neg  -neg | ≤−3 −2..−1  0  1..2  ≥3
    expect(lexiconInputs("good service")).toEqual([l1p(1), 0, 0, 0, 0, 0, 0, l1p(1), 0]);
    expect(lexiconInputs("love it, amazing, good")).toEqual([l1p(1), l1p(2), 0, 0, 0, 0, 0, 0, l1p(1)]);
    expect(lexiconInputs("worst app, so slow")).toEqual([0, 0, l1p(1), l1p(1), l1p(1), 0, 0, 0, 0]);
    expect(lexiconInputs("good but slow")).toEqual([l1p(1), 0, l1p(1), 0, 0, 0, l1p(1), 0, 0]);
  });

  it("a text without lexicon words fires only the zero bin", () => {
    expect(lexiconInputs("where is my refund")).toEqual([0, 0, 0, 0, 0, 0, l1p(1), 0, 0]);
    expect(lexiconInputs("")).toEqual([0, 0, 0, 0, 0, 0, l1p(1), 0, 0]);
  });

  it("a negator flips the polarity of the next three tokens only", () => {
    expect(lexiconInputs("not good")).toEqual([0, 0, l1p(1), 0, 0, l1p(1), 0, 0, 0]);
    expect(lexiconInputs("never been this terrible")).toEqual([0, l1p(1), 0, 0, 0, 0, 0, l1p(1), 0]);
    expect(lexiconInputs("not at all what i call good")).toEqual([l1p(1), 0, 0, 0, 0, 0, 0, l1p(1), 0]);
    expect(lexiconInputs("paisa nahi late")).toEqual([l1p(1), 0, 0, 0, 0, 0, 0, l1p(1), 0]); // Hinglish "nahi" → "not"
    expect(lexiconInputs("it isn't slow")).toEqual([l1p(1), 0, 0, 0, 0, 0, 0, l1p(1), 0]); // "isn t": the negator "t"
  });

  it("lexicon words outside the vocabulary still count, and models without a lexicon have no block", () => {
    expect(lexiconInputs("helpful")).toEqual([l1p(1), 0, 0, 0, 0, 0, 0, l1p(1), 0]);
    const x = new FeatureExtractor(spec(null), 0, tokenCharTable("native"));
    expect(x.layout.lexicon).toBe(x.layout.embedding);
    expect(new FeatureExtractor(spec(LEXICON), 0, tokenCharTable("native")).layout.embedding - x.layout.embedding).toBe(LEXICON_INPUTS);
  });

  it("debug output lists the lexicon words with the polarity they took", () => {
    const x = new FeatureExtractor(spec(LEXICON), 0, tokenCharTable("native"));
    expect(x.polarities(normalize("not good, love the worst"))).toEqual([["good", -1], ["love", -2], ["worst", -2]]);
  });
});

describe("lexicon in the model file", () => {
  it("round-trips and classifies the same after save and load", async () => {
    const model = tinyModel({ lexicon: true });
    const json = toTinytriageJson(model);
    expect((json.features as { lexicon: unknown }).lexicon).toEqual({ positive: TINY_LEXICON.positive, strong_positive: TINY_LEXICON.strongPositive, negative: TINY_LEXICON.negative, strong_negative: TINY_LEXICON.strongNegative, negators: TINY_LEXICON.negators });
    const loaded = loadModel(JSON.parse(JSON.stringify(json)));
    expect(loaded.features.lexicon).toEqual(TINY_LEXICON);
    const a = await createClassifier({ model });
    const b = await createClassifier({ model: loaded });
    for (const text of ["not good, app broken", "love it thanks", "refund late"]) expect(b.classify(text).intent).toEqual(a.classify(text).intent);
    const debug = a.classify("never broken, so i love it", { debug: true }).debug!;
    expect(debug.sentiment_words).toEqual([["broken", 2], ["love", 2]]);
  });

  it("changes what a model outputs: lexicon words move the scores", async () => {
    const c = await createClassifier({ model: tinyModel({ lexicon: true }) });
    expect(c.classify("good").intent).not.toEqual(c.classify("worst").intent); // neither is in the vocabulary
  });

  it("models without a lexicon load with none and have no sentiment_words", async () => {
    const json = toTinytriageJson(tinyModel());
    expect("lexicon" in (json.features as object)).toBe(false);
    expect(loadModel(json).features.lexicon).toBeNull();
    expect((await createClassifier({ model: json })).classify("good", { debug: true }).debug!.sentiment_words).toBeUndefined();
  });

  it("rejects a word with two polarities, a duplicate negator and a multi-token entry", () => {
    const bad = (patch: Record<string, string[]>) => {
      const json = toTinytriageJson(tinyModel({ lexicon: true })) as { features: { lexicon: Record<string, string[]> } };
      Object.assign(json.features.lexicon, patch);
      return () => loadModel(json);
    };
    expect(bad({ negative: ["good"] })).toThrow(/features\.lexicon.*"good" is listed twice/);
    expect(bad({ negators: ["not", "not"] })).toThrow(/features\.lexicon\.negators.*duplicate entry "not"/);
    expect(bad({ positive: ["very good"] })).toThrow(/features\.lexicon.*"very good" is not a single token/);
    expect(bad({ positive: [""] })).toThrow(/features\.lexicon\.positive/);
  });
});

describe("lexicon files", () => {
  const dir = mkdtempSync(join(tmpdir(), "tinytriage-lexicon-"));
  const file = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it("reads word<TAB>valence lines with extra columns, a BOM, CRLF and blank lines", () => {
    const p = file("ok.txt", "\uFEFFgood\t1.9\t0.9\t[2, 2]\r\n\r\nbad\t-2.5\r\n");
    expect(readValences(p)).toEqual([["good", 1.9], ["bad", -2.5]]);
  });

  it("stops at a malformed line with file:line and the reason", () => {
    expect(() => readValences(file("a.txt", "good\t1\nbad -2\n"))).toThrow(/a\.txt:2: expected "word<TAB>valence", got no tab/);
    expect(() => readValences(file("b.txt", "good\tvery\n"))).toThrow(/b\.txt:1: valence "very" is not a number/);
    expect(() => readValences(file("c.txt", "good\t1\n\t2\n"))).toThrow(/c\.txt:2: empty word/);
    expect(() => readValences(file("d.txt", "\n\n"))).toThrow(/d\.txt: no words/);
    expect(() => readValences(join(dir, "missing.txt"))).toThrow(/missing\.txt: no such file/);
  });

  it("builds classes in the model's tokens: thresholds, averaged duplicates, phrases and symbols left out", () => {
    const lex = buildLexicon(
      [["Good", 1.9], ["good", 2.3], ["great", 3.1], ["meh", -0.3], ["slow", -1], ["awful", -2.4], ["can't stand", -2], [":)", 2], ["<3", 1.9], ["Cool", 1.3]],
      normalize,
    );
    expect(lex.positive).toEqual(["cool"]);
    expect(lex.strongPositive).toEqual(["good", "great"]); // mean of 1.9 and 2.3
    expect(lex.negative).toEqual(["slow"]);
    expect(lex.strongNegative).toEqual(["awful"]);
    expect(lex.negators).toContain("not");
    expect(lex.negators).toContain("t"); // "don't" normalizes to "don t"
  });

  it("the built-in VADER lexicon loads and keeps thousands of words", () => {
    const valences = lexiconValences("vader");
    expect(valences.length).toBeGreaterThan(7000);
    const lex = buildLexicon(valences, normalize);
    expect(lex.strongPositive).toContain("excellent");
    expect(lex.strongNegative).toContain("horrible");
    expect(lex.positive.length + lex.strongPositive.length + lex.negative.length + lex.strongNegative.length).toBeGreaterThan(6000);
  });

  it("rates emoji too, where the model keeps them as tokens", () => {
    const emoji = new Map(emojiValences());
    expect(emoji.get("😡")).toBeCloseTo(-3.2); // −4 on emoji-emotion's −5..+5 scale
    expect(emoji.get("❤")).toBeCloseTo(2.4); // stored without its variation selector
    const dropping = buildLexicon(lexiconValences("vader"), normalize);
    expect([...dropping.strongNegative, ...dropping.negative].some((t) => /\p{Extended_Pictographic}/u.test(t))).toBe(false);
    const keeping = buildLexicon(lexiconValences("vader"), createNormalizer({ ...PREPROCESS, keepEmoji: true }));
    expect(keeping.strongNegative).toContain("😡");
    expect(keeping.strongPositive).toContain("😍");
    expect(keeping.positive).toContain("👍");
    const keepingNormalize = createNormalizer({ ...PREPROCESS, keepEmoji: true });
    expect(lexiconInputs("delivered 😍", keeping, keepingNormalize)).toEqual([0, l1p(1), 0, 0, 0, 0, 0, l1p(1), 0]);
  });

  it("the training config keeps emoji only when asked", () => {
    expect(parseConfig({}).features.keep_emoji).toBe(false);
    expect(parseConfig({ features: { keep_emoji: true } }).features.keep_emoji).toBe(true);
    expect(() => parseConfig({ features: { keep_emoji: "yes" } })).toThrow(/features\.keep_emoji/);
  });

  it("the training config takes vader, a path or null, and is off by default", () => {
    expect(parseConfig({}).features.sentiment_lexicon).toBeNull();
    expect(parseConfig({ features: { sentiment_lexicon: "vader" } }).features.sentiment_lexicon).toBe("vader");
    expect(() => parseConfig({ features: { sentiment_lexicon: "" } })).toThrow(/features\.sentiment_lexicon/);
    expect(() => parseConfig({ features: { sentiment_lexicon: 3 } })).toThrow(/features\.sentiment_lexicon/);
  });
});

describe("training with a lexicon", () => {
  it("learns the polarity of words it never saw from their lexicon class", async () => {
    const { module } = await loadCoreModule();
    // Training texts use only the lexicon words "good" and "bad"; the test words are unseen.
    const rows = Array.from({ length: 200 }, (_, i) => {
      const positive = i % 2 === 0;
      return { text: `${["the", "my", "this"][i % 3]} item was ${positive ? "good" : "bad"} ${i % 5 === 0 ? "today" : ""}`, labels: { sentiment: positive ? "positive" : "negative" }, weight: 1 };
    });
    const valences: [string, number][] = [["good", 1.9], ["bad", -2.5], ["wonderful", 1.8], ["dreadful", -2.6]];
    const run = (withLexicon: boolean, keepEmoji = false) =>
      runPipeline(instantiateCore(module), {
        train: rows,
        valid: rows.slice(0, 40),
        heads: [{ name: "sentiment", labels: ["negative", "positive"], activation: "softmax" }],
        preprocess: { ...PREPROCESS, keepEmoji },
        features: { bowSize: 50, minCount: 1, embeddingSize: 10, embeddingDim: 4, maxTokens: 8, keywords: [], hashing: { buckets: 0, wordNgrams: 0, charNgramMin: 0, charNgramMax: 0 }, valences: withLexicon ? [...valences, ...emojiValences()] : null },
        hidden: [8],
        training: { epochs: 15, batchSize: 16, learningRate: 1e-2, weightDecay: 0, inputDropout: 0.5, patience: 15, seed: 1, headWeights: {}, classWeighting: "none", keepLast: true },
        metadata: {},
      }).model;
    const withLexicon = await createClassifier({ model: run(true) });
    const p = (c: typeof withLexicon, t: string) => (c.classify(t).sentiment as { scores: Record<string, number> }).scores.positive!;
    expect(p(withLexicon, "the item was wonderful")).toBeGreaterThan(0.8);
    expect(p(withLexicon, "the item was dreadful")).toBeLessThan(0.2);
    expect(p(withLexicon, "the item was not dreadful")).toBeGreaterThan(0.5);
    const without = await createClassifier({ model: run(false) });
    expect(Math.abs(p(without, "the item was wonderful") - p(without, "the item was dreadful"))).toBeLessThan(0.2);
    // Emoji the training texts never held reach the network through their lexicon class too.
    const keeping = await createClassifier({ model: run(true, true) });
    expect(p(keeping, "the item was 😍")).toBeGreaterThan(0.8);
    expect(p(keeping, "the item was 😡")).toBeLessThan(0.2);
    expect(p(withLexicon, "the item was 😍")).toBeCloseTo(p(withLexicon, "the item was 😡"), 6);
  });
});
