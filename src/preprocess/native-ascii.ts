// The common case of native normalization in one pass: lowercased ASCII text without URLs or
// e-mail addresses. Produces exactly what the pattern passes of native-normalize.ts produce
// (a test compares the two on random and real text), several times faster:
//  - tokens are runs of [a-z0-9]; everything else separates ("<" and ">" included);
//  - a token made only of digits, with no "_" right before or after it, becomes the number
//    placeholder (the pattern rule: digits not touching a letter, digit or "_");
//  - runs of three or more of the same letter are squeezed to two.

const enum C {
  a = 97,
  z = 122,
  d0 = 48,
  d9 = 57,
  underscore = 95,
}

const isLetter = (c: number) => c >= C.a && c <= C.z;
const isDigit = (c: number) => c >= C.d0 && c <= C.d9;

/** Appends the tokens of `s` (lowercase ASCII) to `out`. */
export function asciiTokens(s: string, number: string | null, squeeze: boolean, out: string[]): void {
  const len = s.length;
  let i = 0;
  while (i < len) {
    let c = s.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c)) {
      i++;
      continue;
    }
    const start = i;
    let digitsOnly = true;
    let elongated = false;
    let run = 0;
    let prev = -1;
    for (; i < len; i++) {
      c = s.charCodeAt(i);
      if (isLetter(c)) {
        digitsOnly = false;
        run = c === prev ? run + 1 : 1;
        if (run === 3) elongated = true;
      } else if (isDigit(c)) run = 0;
      else break;
      prev = c;
    }
    if (digitsOnly && number !== null && (start === 0 || s.charCodeAt(start - 1) !== C.underscore) && (i === len || s.charCodeAt(i) !== C.underscore)) {
      out.push(number);
    } else if (squeeze && elongated) {
      out.push(squeezeLetters(s, start, i));
    } else out.push(s.slice(start, i));
  }
}

/** s[start, end) with every run of 3+ identical letters cut to 2. */
function squeezeLetters(s: string, start: number, end: number): string {
  let t = "";
  let run = 0;
  let prev = -1;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    run = c === prev && isLetter(c) ? run + 1 : 1;
    prev = c;
    if (run <= 2) t += s[i];
  }
  return t;
}
