// Features of one normalized text, written straight into the core's input buffers:
//  - bag of words: log1p(count) of every vocabulary token, all tokens counted;
//  - keyword flags: 1 for each keyword found (see keyword-matcher.ts);
//  - hashed n-grams (native models): word n-grams and fastText-style character n-grams of
//    "<token>", log1p(count) per bucket, so typos and spelling variants share inputs; a token
//    marked as negated ("not_refund", see preprocess/negation.ts) has no character n-grams, or
//    they would carry "refund" back in;
//  - sentiment lexicon (when the model has one): log1p(count) of each polarity class and the
//    bin of the summed score (see lexicon-inputs.ts);
//  - embedding rows of the first maxTokens tokens (unknown tokens → the unk row), averaged by
//    the core.
// Without hashed n-grams the sparse list is sorted by input index, the order the reference
// engine accumulates in.
import { inputLayout, type FeatureSpec } from "../model/types.js";
import { FNV_OFFSET, FNV_PRIME, hashString } from "./hash.js";
import { KeywordMatcher } from "./keyword-matcher.js";
import { effectivePolarity, NEGATION_WINDOW, polarityInput, scoreBinInput } from "./lexicon-inputs.js";
import { TokenTable } from "./token-table.js";

/** Where extract() writes; views on the core's memory. */
export interface FeatureBuffers {
  ids: Int32Array;
  vals: Float32Array;
  embeddingRows: Int32Array;
}

export interface ExtractCounts {
  /** Sparse entries written to ids/vals. */
  active: number;
  /** Rows written to embeddingRows. */
  embeddingRows: number;
}

const SPACE = 32;
const WORD_NGRAM_PRIME = 116049371;
// Character n-gram hashes start from their own seed, apart from whole-token hashes.
const CHAR_NGRAM_SEED = FNV_OFFSET ^ 0x9e3779b9;
const LOG1P = Float32Array.from({ length: 256 }, (_, c) => Math.log1p(c));
const log1pCount = (c: number) => (c < 256 ? LOG1P[c]! : Math.fround(Math.log1p(c)));

/**
 * Token characters of the reference engine: [A-Za-z0-9<>]; every other code unit separates.
 * Native normalized text separates tokens with single spaces only.
 */
export function tokenCharTable(mode: "reference" | "native"): Uint8Array {
  const t = new Uint8Array(65536);
  if (mode === "native") {
    t.fill(1);
    t[SPACE] = 0;
    return t;
  }
  for (const [a, b] of [["a", "z"], ["A", "Z"], ["0", "9"], ["<", "<"], [">", ">"]] as const) {
    for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) t[c] = 1;
  }
  return t;
}

export class FeatureExtractor {
  readonly layout: ReturnType<typeof inputLayout>;
  /** Most sparse entries extract() can write (bag of words, flags, hashed buckets, lexicon). */
  readonly maxActive: number;
  private readonly table: TokenTable;
  private readonly keywords: KeywordMatcher;
  private readonly counts: Int32Array;
  private readonly touched: Int32Array;
  private readonly fired: Uint8Array;
  private readonly hashing: FeatureSpec["hashing"];
  private readonly wordHashes: Int32Array;
  /** buckets − 1 when buckets is a power of two, else −1. */
  private readonly bucketMask: number;
  /** The current token with boundary marks, as code units (grown for very long tokens). */
  private gram = new Int32Array(64);

  constructor(
    private readonly spec: FeatureSpec,
    embeddingDim: number,
    private readonly isTokenChar: Uint8Array,
    /** The prefix of negated tokens (the model's preprocess.negation.mark), or null. */
    private readonly negationMark: string | null = null,
  ) {
    this.layout = inputLayout(spec, embeddingDim);
    this.table = new TokenTable(spec.bowVocab, spec.embeddingVocab, spec.lexicon);
    this.keywords = new KeywordMatcher(spec.keywords, spec.keywordMatch);
    this.hashing = spec.hashing;
    this.maxActive = this.layout.embedding;
    this.counts = new Int32Array(this.layout.embedding);
    this.touched = new Int32Array(this.layout.embedding);
    this.fired = new Uint8Array(spec.keywords.length);
    this.wordHashes = new Int32Array(Math.max(1, spec.hashing.wordNgrams));
    const b = spec.hashing.buckets;
    this.bucketMask = b > 0 && (b & (b - 1)) === 0 ? b - 1 : -1;
  }

  /** Writes the features of `text` (normalized) into `out`; allocates nothing. */
  extract(text: string, out: FeatureBuffers): ExtractCounts {
    const { table, keywords, isTokenChar, counts, touched } = this;
    const maxTokens = Math.min(this.spec.maxTokens, out.embeddingRows.length);
    const hashed = this.hashing.buckets > 0;
    let nTouched = 0;
    let nTokens = 0;
    const { delta, symbolOf } = keywords;
    const fired = this.fired;
    let kwState = 0;
    const lexicon = this.spec.lexicon !== null;
    const lexBase = this.layout.lexicon;
    let score = 0;
    let lastNegator = -NEGATION_WINDOW - 1;
    if (keywords.padWithSpaces) kwState = keywords.step(kwState, SPACE, fired);

    const len = text.length;
    let i = 0;
    while (i < len) {
      // Skip separators, then read one token while hashing it and feeding the keyword automaton.
      while (i < len && isTokenChar[text.charCodeAt(i)] === 0) i++;
      if (i >= len) break;
      if (nTokens > 0) {
        let next = delta[kwState + symbolOf[SPACE]!]!;
        if (next < 0) (next = ~next), keywords.outputs(next, fired);
        kwState = next;
      }
      const start = i;
      let h = FNV_OFFSET;
      for (; i < len; i++) {
        const c = text.charCodeAt(i);
        if (isTokenChar[c] === 0) break;
        h = Math.imul(h ^ c, FNV_PRIME);
        let next = delta[kwState + symbolOf[c]!]!;
        if (next < 0) (next = ~next), keywords.outputs(next, fired);
        kwState = next;
      }
      const slot = table.find(text, start, i, h);
      const bow = slot < 0 ? -1 : table.bowIndex[slot]!;
      if (bow >= 0) nTouched = this.count(bow, nTouched);
      if (nTokens < maxTokens) {
        const row = slot < 0 ? -1 : table.embeddingRow[slot]!;
        out.embeddingRows[nTokens] = row >= 0 ? row : this.spec.unkRow;
      }
      if (hashed) nTouched = this.addHashed(text, start, i, h, nTokens, nTouched);
      if (lexicon && slot >= 0) {
        const p = table.polarity[slot]!;
        if (p !== 0) {
          const q = effectivePolarity(p, nTokens, lastNegator);
          score += q;
          nTouched = this.count(lexBase + polarityInput(q), nTouched);
        }
        if (table.negator[slot] === 1) lastNegator = nTokens;
      }
      nTokens++;
    }
    if (lexicon) nTouched = this.count(lexBase + scoreBinInput(score), nTouched);
    if (keywords.padWithSpaces && nTokens > 0) keywords.step(kwState, SPACE, fired);
    const kwBase = this.layout.keywords;
    for (let k = 0; k < fired.length; k++) {
      if (fired[k] === 1) {
        fired[k] = 0;
        counts[kwBase + k] = 1;
        touched[nTouched++] = kwBase + k;
      }
    }

    // Ascending order makes the first layer accumulate in input order, as the reference engine
    // does (bit-exact parity). With hashed n-grams there are ~100 inputs and the order of
    // first occurrence, itself deterministic, is kept: sorting would cost a fifth of the time.
    if (!hashed) sortAscending(touched, nTouched);
    const kwEnd = this.layout.hashed;
    for (let k = 0; k < nTouched; k++) {
      const id = touched[k]!;
      out.ids[k] = id;
      out.vals[k] = id >= kwBase && id < kwEnd ? 1 : log1pCount(counts[id]!);
      counts[id] = 0;
    }
    return { active: nTouched, embeddingRows: Math.min(nTokens, maxTokens) };
  }

  /** Counts the hashed word n-grams ending at this token and the token's character n-grams. */
  private addHashed(text: string, start: number, end: number, h: number, index: number, nTouched: number): number {
    const { buckets, wordNgrams, charNgramMin, charNgramMax } = this.hashing;
    const base = this.layout.hashed;
    // Word n-grams of length 2..wordNgrams: h_n = h_{n-1} · P + hash(token).
    const wh = this.wordHashes;
    if (wordNgrams >= 2) {
      const kept = Math.min(index, wordNgrams - 1);
      let g = h;
      for (let n = 1; n <= kept; n++) {
        g = (Math.imul(wh[(index - n) % wh.length]!, WORD_NGRAM_PRIME) + g) | 0;
        nTouched = this.count(base + (((g ^ n) >>> 0) % buckets), nTouched);
      }
      wh[index % wh.length] = h;
    }
    // Character n-grams of "<token>", as fastText: boundary marks make prefixes and suffixes
    // distinct from the same letters inside a word.
    const negated = this.negationMark !== null && text.startsWith(this.negationMark, start);
    if (charNgramMax > 0 && !negated) {
      const n = end - start + 2;
      if (this.gram.length < n) this.gram = new Int32Array(n * 2);
      const gram = this.gram;
      gram[0] = 60; // "<"
      for (let i = start; i < end; i++) gram[i - start + 1] = text.charCodeAt(i);
      gram[n - 1] = 62; // ">"
      const { counts, touched, bucketMask } = this;
      for (let s = 0; s < n; s++) {
        let g = CHAR_NGRAM_SEED;
        const last = Math.min(n, s + charNgramMax);
        // The shorter n-grams only feed the hash; counting starts at charNgramMin.
        const first = Math.min(last, s + charNgramMin - 1);
        let e = s;
        for (; e < first; e++) g = Math.imul(g ^ gram[e]!, FNV_PRIME);
        for (; e < last; e++) {
          g = Math.imul(g ^ gram[e]!, FNV_PRIME);
          if (s === 0 && e === n - 1) continue; // the whole "<token>" is not an n-gram
          // A power-of-two bucket count takes a mask: the same bucket as the remainder.
          const id = base + (bucketMask >= 0 ? g & bucketMask : (g >>> 0) % buckets);
          const c = counts[id]!;
          if (c === 0) touched[nTouched++] = id;
          counts[id] = c + 1;
        }
      }
    }
    return nTouched;
  }

  /** Counts one occurrence of input `id`; returns the new number of distinct inputs. */
  private count(id: number, nTouched: number): number {
    const c = this.counts[id]!;
    if (c === 0) this.touched[nTouched++] = id;
    this.counts[id] = c + 1;
    return nTouched;
  }

  /** Tokens of a normalized text (for debug output). */
  tokens(text: string): string[] {
    const tokens: string[] = [];
    const len = text.length;
    let i = 0;
    while (i < len) {
      while (i < len && this.isTokenChar[text.charCodeAt(i)] === 0) i++;
      const start = i;
      while (i < len && this.isTokenChar[text.charCodeAt(i)] === 1) i++;
      if (i > start) tokens.push(text.slice(start, i));
    }
    return tokens;
  }

  /** Lexicon words of a normalized text with the polarity each takes there (for debug output). */
  polarities(text: string): [string, number][] {
    const out: [string, number][] = [];
    let lastNegator = -NEGATION_WINDOW - 1;
    this.tokens(text).forEach((token, index) => {
      const slot = this.table.find(token, 0, token.length, hashString(token));
      if (slot < 0) return;
      const p = this.table.polarity[slot]!;
      if (p !== 0) out.push([token, effectivePolarity(p, index, lastNegator)]);
      if (this.table.negator[slot] === 1) lastNegator = index;
    });
    return out;
  }

  /** Whether each token is in the bag-of-words vocabulary / the embedding vocabulary. */
  known(token: string): { bow: boolean; embedding: boolean } {
    const slot = this.table.find(token, 0, token.length, hashString(token));
    return { bow: slot >= 0 && this.table.bowIndex[slot]! >= 0, embedding: slot >= 0 && this.table.embeddingRow[slot]! >= 0 };
  }
}

/** Insertion sort for the usual handful of ids, the built-in sort beyond. */
function sortAscending(a: Int32Array, n: number): void {
  if (n > 48) {
    a.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) (a[j + 1] = a[j]!), j--;
    a[j + 1] = v;
  }
}
