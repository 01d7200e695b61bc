// Negated requests: "I don't want a refund, just the right size" asks for no refund, but a bag of
// words still sees "refund". After a negator followed by a cue word ("don't want", "not asking",
// "not cancelling", "not a complaint"), the cue and the next tokens up to `window` get a mark
// ("not_want not_a not_refund"), until a stop word ("but", "just", "instead") ends the scope. The
// marked tokens are new words to the model, and the feature extractor gives them no character
// n-grams (which would carry "refund" back in), so the negated topic stops voting for its intent.
// Only negators before a cue count: "not received my refund" stays a refund.
// Hindi puts the object first ("refund nahi chahiye", mapped to "refund not wanted"): a negator
// followed by an object-first cue ("wanted", "needed") marks that cue and the tokens before the
// negator, back to a stop word or `objectFirst.window`.

/** Stored in the model file (native models only); phrases normalized like the text. */
export interface NegationConfig {
  /** Token sequences that negate: "not", "no", "don t", "do not"… */
  negators: string[];
  /** Single tokens that open a scope right after a negator: "want", "need", "asking"… */
  cues: string[];
  /** Single tokens that close a scope: "but", "just", "instead"… */
  stops: string[];
  /** Most tokens marked per scope, the cue included. */
  window: number;
  /** Prefix of marked tokens; native text never holds it (e.g. "not_": "_" separates). */
  mark: string;
  /** Cues that follow what they decline ("refund not wanted"); absent: none. */
  objectFirst?: { cues: string[]; window: number };
}

/** Marks negated scopes in a token list (a new list; the input is not changed). */
export type NegationRule = (tokens: string[]) => string[];

export function compileNegationRule(config: NegationConfig): NegationRule {
  // Longest negator first, so "do not" is tried before "not" at the same position.
  const negators = config.negators.map((n) => n.split(" ").filter((t) => t !== "")).filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  const cues = new Set(config.cues);
  const stops = new Set(config.stops);
  const firstTokens = new Set(negators.map((n) => n[0]!));
  const objectFirstCues = new Set(config.objectFirst?.cues ?? []);
  const objectWindow = config.objectFirst?.window ?? 0;
  const { window, mark } = config;
  return (tokens) => {
    let out: string[] | null = null;
    for (let i = 0; i < tokens.length; i++) {
      if (!firstTokens.has(tokens[i]!)) continue;
      for (const negator of negators) {
        // The set lookups first: most negators are followed by no cue at all.
        const cue = tokens[i + negator.length];
        if (cue === undefined || !(cues.has(cue) || objectFirstCues.has(cue)) || !startsAt(negator, tokens, i)) continue;
        const from = i + negator.length;
        if (cues.has(cue)) {
          out ??= tokens.slice();
          for (let j = from; j < tokens.length && j < from + window && !stops.has(tokens[j]!); j++) out[j] = mark + tokens[j]!;
          break;
        }
        out ??= tokens.slice();
        out[from] = mark + cue;
        for (let j = i - 1; j >= 0 && j >= i - objectWindow && !stops.has(tokens[j]!); j--) out[j] = mark + tokens[j]!;
        break;
      }
    }
    return out ?? tokens;
  };
}

/** Whether `phrase` occurs in `tokens` at `at`. A plain loop: runs per token. */
function startsAt(phrase: readonly string[], tokens: readonly string[], at: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k] !== phrase[k]) return false;
  return true;
}
