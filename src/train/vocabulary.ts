// Vocabularies from the training split: the most frequent tokens (ties in code-point order, so
// the same data always gives the same vocabulary).

export function countTokens(normalizedTexts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of normalizedTexts) {
    if (text === "") continue;
    for (const t of text.split(" ")) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/** Up to `size` tokens seen at least `minCount` times, most frequent first. */
export function topTokens(counts: Map<string, number>, size: number, minCount: number, exclude: ReadonlySet<string> = new Set()): string[] {
  return [...counts]
    .filter(([t, c]) => c >= minCount && !exclude.has(t))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, size)
    .map(([t]) => t);
}
