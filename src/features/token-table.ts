// A read-only string → (bow index, embedding row, lexicon polarity) table that looks tokens up by their span in
// the normalized text, so the hot path never allocates a substring.
import type { SentimentLexicon } from "../model/types.js";
import { hashString } from "./hash.js";
import { LEXICON_POLARITY } from "./lexicon-inputs.js";

export class TokenTable {
  private readonly mask: number;
  private readonly keys: string[];
  private readonly hashes: Int32Array;
  /** For each slot: the token's bag-of-words index, or −1. */
  readonly bowIndex: Int32Array;
  /** For each slot: the token's embedding row, or −1. */
  readonly embeddingRow: Int32Array;
  /** For each slot: the token's lexicon polarity (±1 weak, ±2 strong), or 0. */
  readonly polarity: Int8Array;
  /** For each slot: 1 when the token is a negator. */
  readonly negator: Uint8Array;

  /** Vocabulary tokens must be non-empty (the model validator guarantees it). */
  constructor(bowVocab: readonly string[], embeddingVocab: readonly string[], lexicon: SentimentLexicon | null = null) {
    const lists = lexicon ? (Object.keys(LEXICON_POLARITY) as (keyof typeof LEXICON_POLARITY)[]) : [];
    const lexiconSize = lexicon ? lists.reduce((n, l) => n + lexicon[l].length, lexicon.negators.length) : 0;
    let capacity = 16;
    while (capacity < (bowVocab.length + embeddingVocab.length + lexiconSize) * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Array<string>(capacity).fill("");
    this.hashes = new Int32Array(capacity);
    this.bowIndex = new Int32Array(capacity).fill(-1);
    this.embeddingRow = new Int32Array(capacity).fill(-1);
    this.polarity = new Int8Array(capacity);
    this.negator = new Uint8Array(capacity);
    bowVocab.forEach((token, i) => (this.bowIndex[this.insert(token)] = i));
    embeddingVocab.forEach((token, i) => (this.embeddingRow[this.insert(token)] = i));
    for (const list of lists) for (const token of lexicon![list]) this.polarity[this.insert(token)] = LEXICON_POLARITY[list];
    for (const token of lexicon?.negators ?? []) this.negator[this.insert(token)] = 1;
  }

  /** Slot of s[start, end) with hash h, or −1 when the token is unknown. */
  find(s: string, start: number, end: number, h: number): number {
    const len = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot]!;
      if (key.length === 0) return -1;
      if (this.hashes[slot] === h && key.length === len && sameChars(key, s, start)) return slot;
    }
  }

  private insert(token: string): number {
    const h = hashString(token);
    let slot = h & this.mask;
    for (; this.keys[slot]!.length !== 0; slot = (slot + 1) & this.mask) {
      if (this.keys[slot] === token) return slot;
    }
    this.keys[slot] = token;
    this.hashes[slot] = h;
    return slot;
  }
}

function sameChars(key: string, s: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== s.charCodeAt(start + i)) return false;
  return true;
}
