// Hinglish phrase maps: romanized Hindi shorthand → English ("nahi" → "not", "kr do" →
// "please do"), so the model sees the same words for both ways of writing a request.

export interface HinglishRule {
  key: string;
  value: string;
  pattern: RegExp;
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
export function compileReferenceRules(map: Record<string, string>): HinglishRule[] {
  return orderHinglishKeys(map).map((key) => ({
    key,
    value: map[key]!,
    pattern: new RegExp(`\\b${escapeRegExp(key)}\\b`, "g"),
  }));
}

export function applyReferenceRules(text: string, rules: readonly HinglishRule[]): string {
  for (const rule of rules) {
    // The substring test is much cheaper than a regex scan and rules rarely apply.
    if (text.includes(rule.key)) text = text.replace(rule.pattern, rule.value);
  }
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
