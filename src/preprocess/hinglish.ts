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
 * Native rules: one pass over normalized text (tokens joined by single spaces); a key matches
 * whole tokens only. Keys must already be normalized the same way as the text.
 */
export function compileNativeRule(map: Record<string, string>): ((text: string) => string) | null {
  const keys = orderHinglishKeys(map).filter((k) => k.length > 0);
  if (keys.length === 0) return null;
  const pattern = new RegExp(`(?<=^| )(?:${keys.map(escapeRegExp).join("|")})(?= |$)`, "gu");
  return (text) => text.replace(pattern, (k) => map[k]!);
}
