// Keyword flags by an Aho-Corasick automaton fed one character at a time while the tokenizer
// scans, so all keywords are found in one pass without building the normalized string.
//  - substring mode (reference engine): a keyword fires anywhere in the normalized text;
//  - token mode: a keyword fires on whole tokens only. The stream is fed with a space before the
//    first and after the last token, and each keyword is compiled as " keyword ", so token
//    boundaries are plain characters of the match.

export class KeywordMatcher {
  /** Symbol of each UTF-16 code unit; 0 for characters that occur in no keyword. */
  readonly symbolOf: Uint16Array;
  private readonly symbols: number;
  /**
   * Dense transition table over states numbered by their row offset (state × symbols):
   * next = delta[state + symbol]. A negative entry ~next marks a state where keywords end.
   */
  readonly delta: Int32Array;
  /** Keywords ending at each state (own and through failure links): outStart..outStart+1. */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  readonly count: number;
  readonly padWithSpaces: boolean;

  constructor(keywords: readonly string[], mode: "substring" | "token") {
    this.count = keywords.length;
    this.padWithSpaces = mode === "token";
    const patterns = keywords.map((k) => (this.padWithSpaces ? ` ${k} ` : k));
    this.symbolOf = new Uint16Array(65536);
    let symbols = 1;
    for (const p of patterns) for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (this.symbolOf[c] === 0) this.symbolOf[c] = symbols++;
    }
    this.symbols = symbols;

    // Trie.
    const goto: number[][] = [new Array<number>(symbols).fill(-1)];
    const ends: number[][] = [[]];
    patterns.forEach((p, k) => {
      let state = 0;
      for (let i = 0; i < p.length; i++) {
        const sym = this.symbolOf[p.charCodeAt(i)]!;
        if (goto[state]![sym] === -1) {
          goto[state]![sym] = goto.length;
          goto.push(new Array<number>(symbols).fill(-1));
          ends.push([]);
        }
        state = goto[state]![sym]!;
      }
      if (p.length > 0) ends[state]!.push(k);
    });

    // Breadth-first failure links, folded into a full DFA.
    const n = goto.length;
    const fail = new Int32Array(n);
    this.delta = new Int32Array(n * symbols);
    const queue: number[] = [];
    for (let sym = 0; sym < symbols; sym++) {
      const next = goto[0]![sym]!;
      this.delta[sym] = next === -1 ? 0 : next;
      if (next > 0) queue.push(next);
    }
    const outputs: number[][] = ends.map((e) => [...e]);
    for (let qi = 0; qi < queue.length; qi++) {
      const state = queue[qi]!;
      for (const k of outputs[fail[state]!]!) if (!outputs[state]!.includes(k)) outputs[state]!.push(k);
      for (let sym = 0; sym < symbols; sym++) {
        const next = goto[state]![sym]!;
        const viaFail = this.delta[fail[state]! * symbols + sym]!;
        if (next === -1) {
          this.delta[state * symbols + sym] = viaFail;
        } else {
          this.delta[state * symbols + sym] = next;
          fail[next] = viaFail;
          queue.push(next);
        }
      }
    }
    this.outStart = new Int32Array(n + 1);
    const flat: number[] = [];
    for (let s = 0; s < n; s++) {
      this.outStart[s] = flat.length;
      flat.push(...outputs[s]!.sort((a, b) => a - b));
    }
    this.outStart[n] = flat.length;
    this.outList = Int32Array.from(flat);
    for (let i = 0; i < this.delta.length; i++) {
      const next = this.delta[i]!;
      this.delta[i] = outputs[next]!.length > 0 ? ~(next * symbols) : next * symbols;
    }
  }

  /**
   * The state after reading character code c in `state` (0 is the start); marks fired[k] = 1
   * for each keyword k that ends there. The extractor inlines this loop; this is the readable
   * form.
   */
  step(state: number, c: number, fired: Uint8Array): number {
    const next = this.delta[state + this.symbolOf[c]!]!;
    if (next >= 0) return next;
    this.outputs(~next, fired);
    return ~next;
  }

  /** Marks fired[k] = 1 for each keyword k that ends at `state` (a row offset). */
  outputs(state: number, fired: Uint8Array): void {
    const s = state / this.symbols;
    for (let i = this.outStart[s]!, end = this.outStart[s + 1]!; i < end; i++) fired[this.outList[i]!] = 1;
  }
}
