// Hinglish phrase maps: romanized Hindi shorthand → English ("nahi" → "not", "kr do" →
// "please do"), so the model sees the same words for both ways of writing a request.

export interface HinglishRule {
  key: string;
  value: string;
  pattern: RegExp;
}

export interface ReferenceRules {
  rules: HinglishRule[];
  /** Matches where any rule would: one scan instead of one per rule. */
  any: RegExp | null;
}

/** Longest key first (by UTF-8 byte length); equal lengths in ascending code-point order. */
export function orderHinglishKeys(map: Record<string, string>): string[] {
  const enc = new TextEncoder();
  return Object.keys(map).sort((a, b) => {
    const d = enc.encode(b).length - enc.encode(a).length;
    return d !== 0 ? d : a < b ? -1 : a > b ? 1 : 0;
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Reference rules: each key is a literal with an ASCII word boundary on both sides, applied
 * one key after another.
 */
export function compileReferenceRules(map: Record<string, string>): ReferenceRules {
  const keys = orderHinglishKeys(map);
  return {
    rules: keys.map((key) => ({ key, value: map[key]!, pattern: new RegExp(`\\b${escapeRegExp(key)}\\b`, "g") })),
    any: keys.length > 0 ? new RegExp(`\\b(?:${keys.map(escapeRegExp).join("|")})\\b`) : null,
  };
}

export function applyReferenceRules(text: string, { rules, any }: ReferenceRules): string {
  // Most texts contain no key: one combined scan settles that.
  if (any === null || !any.test(text)) return text;
  for (const rule of rules) if (text.includes(rule.key)) text = text.replace(rule.pattern, rule.value);
  return text;
}

/**
 * Native rules on normalized text (tokens joined by single spaces): a key matches whole tokens
 * only, the longest key at a position wins, and matches do not overlap; replaced text is not
 * matched again. Keys must already be normalized the same way as the text. A value of several
 * words becomes several tokens ("kar do" → "please", "do"), so later token rules see each word.
 */
export function compileNativeRule(map: Record<string, string>): ((tokens: string[]) => string[]) | null {
  // Keys by their first token, longest first: at a given token the first key whose remaining
  // tokens follow is the longest match.
  const byFirst = new Map<string, { rest: string[]; value: string[] }[]>();
  for (const key of orderHinglishKeys(map)) {
    if (key.length === 0) continue;
    const [first, ...rest] = key.split(" ");
    let list = byFirst.get(first!);
    if (!list) byFirst.set(first!, (list = []));
    list.push({ rest, value: map[key]!.split(" ").filter((t) => t !== "") });
  }
  if (byFirst.size === 0) return null;
  return (tokens) => {
    let out: string[] | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const candidates = byFirst.get(tokens[i]!);
      const hit = candidates === undefined ? undefined : longestMatch(candidates, tokens, i + 1);
      if (!hit) {
        out?.push(tokens[i]!);
        continue;
      }
      out ??= tokens.slice(0, i);
      for (const t of hit.value) out.push(t);
      i += hit.rest.length;
    }
    return out ?? tokens;
  };
}

/** The first candidate (longest first) whose remaining tokens follow at `at`. Plain loops: runs per token. */
function longestMatch<T extends { rest: string[] }>(candidates: readonly T[], tokens: readonly string[], at: number): T | undefined {
  outer: for (const c of candidates) {
    for (let j = 0; j < c.rest.length; j++) if (tokens[at + j] !== c.rest[j]) continue outer;
    return c;
  }
  return undefined;
}
