// The reference engine's e-mail rule, /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g (ASCII \w and \b),
// matched in linear time. A backtracking regex takes quadratic time on text such as
// "a.a.a.a…@" (half a second for 32 KB), so it cannot face user input; this scanner returns
// exactly the matches the regex returns (a differential test checks it), in one pass.

const isWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** [\w.+-] */
const isLocal = (c: number) => isWord(c) || c === 46 || c === 43 || c === 45;
/** [\w-] */
const isDomain = (c: number) => isWord(c) || c === 45;
/** [\w.-] */
const isTail = (c: number) => isWord(c) || c === 46 || c === 45;

/** ASCII \b at position i of s. */
function boundary(s: string, i: number): boolean {
  const before = i > 0 && isWord(s.charCodeAt(i - 1));
  const after = i < s.length && isWord(s.charCodeAt(i));
  return before !== after;
}

/** End of the match whose "@" is at `at`, or −1: [\w-]+ "." [\w.-]+ ending at a \b. */
function matchRight(s: string, at: number): number {
  let i = at + 1;
  while (i < s.length && isDomain(s.charCodeAt(i))) i++;
  if (i === at + 1 || s.charCodeAt(i) !== 46) return -1;
  const tailStart = i + 1;
  let end = tailStart;
  while (end < s.length && isTail(s.charCodeAt(end))) end++;
  // Backtrack to the longest tail that ends at a word boundary.
  for (; end > tailStart; end--) if (boundary(s, end)) return end;
  return -1;
}

export function replaceReferenceEmails(s: string, replacement: string): string {
  let out = "";
  let copied = 0;
  let searchFrom = 0;
  for (let at = s.indexOf("@"); at >= 0; at = s.indexOf("@", at + 1)) {
    if (at < searchFrom) continue;
    // Leftmost start: the run of [\w.+-] before "@", from its first \b.
    let runStart = at;
    while (runStart > searchFrom && isLocal(s.charCodeAt(runStart - 1))) runStart--;
    let start = runStart;
    while (start < at && !boundary(s, start)) start++;
    if (start === at) continue;
    const end = matchRight(s, at);
    if (end < 0) continue;
    out += s.slice(copied, start) + replacement;
    copied = end;
    searchFrom = end;
  }
  return copied === 0 ? s : out + s.slice(copied);
}
