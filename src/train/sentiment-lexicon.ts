// The sentiment lexicon a model ships: word valences from a lexicon file, normalized the way the
// model normalizes tickets, sorted into four polarity classes (features/lexicon-inputs.ts).
// "vader" names the VADER lexicon (Hutto & Gilbert, 2014; 7,500 words, slang and emoticons
// rated from −4 to +4 by ten people each) from the vader-sentiment package, with the 119 emoji of
// the emoji-emotion package (rated −5..+5, scaled to VADER's range); a model whose normalizer
// drops emoji leaves those out.
import { emojiEmotion } from "emoji-emotion";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { SentimentLexicon } from "../model/types.js";

/** Valence from which a word counts as weakly / strongly polar (VADER's −4..+4 scale). */
export const WEAK_VALENCE = 0.5;
export const STRONG_VALENCE = 2;

/** Words that flip the polarity of the words after them ("nahi" is mapped to "not" first). */
export const NEGATORS = [
  "not", "no", "never", "none", "nothing", "nobody", "nowhere", "neither", "nor", "without", "cannot", "hardly",
  "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't",
  "shouldn't", "haven't", "hasn't", "hadn't", "ain't", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "wont", "cant",
];

/** The word valences a config names: "vader" (with emoji) or a word<TAB>valence file. */
export function lexiconValences(name: string): [string, number][] {
  if (name !== "vader") return readValences(name);
  const require = createRequire(import.meta.url);
  const vader = readValences(join(dirname(require.resolve("vader-sentiment/package.json")), "vader_lexicon.txt"));
  return [...vader, ...emojiValences()];
}

/** emoji-emotion's ratings on VADER's scale (×0.8), variation selectors removed. */
export function emojiValences(): [string, number][] {
  return emojiEmotion.map((e) => [e.emoji.replace(/\ufe0f/g, ""), e.polarity * 0.8]);
}

/**
 * Word valences from a tab-separated file: word, valence, then anything (VADER's layout). A line
 * that is not of that form stops the load with file:line and the reason. A word may occur more
 * than once (VADER lists a few twice); buildLexicon averages.
 */
export function readValences(path: string): [string, number][] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`${path}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  const valences: [string, number][] = [];
  text.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const [word, value] = line.split("\t");
    const where = `${path}:${i + 1}`;
    if (value === undefined) throw new Error(`${where}: expected "word<TAB>valence", got no tab`);
    const valence = Number(value);
    if (value.trim() === "" || !Number.isFinite(valence)) throw new Error(`${where}: valence "${value}" is not a number`);
    if (word!.trim() === "") throw new Error(`${where}: empty word`);
    valences.push([word!, valence]);
  });
  if (valences.length === 0) throw new Error(`${path}: no words`);
  return valences;
}

/**
 * The lexicon in the model's own tokens. Words that normalize to one token keep their valence
 * (words meeting in one token average theirs); phrases and symbols the normalizer removes are
 * left out. A negator that normalizes to several tokens ("don't" → "don t") is marked by its
 * last token.
 */
export function buildLexicon(valences: Iterable<readonly [string, number]>, normalize: (text: string) => string): SentimentLexicon {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const [word, valence] of valences) {
    const token = normalize(word);
    if (token === "" || token.includes(" ") || token.startsWith("<")) continue;
    const s = sums.get(token) ?? { sum: 0, n: 0 };
    s.sum += valence;
    s.n++;
    sums.set(token, s);
  }
  const lexicon: SentimentLexicon = { positive: [], strongPositive: [], negative: [], strongNegative: [], negators: [] };
  for (const [token, { sum, n }] of [...sums].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const v = sum / n;
    if (Math.abs(v) < WEAK_VALENCE) continue;
    const strong = Math.abs(v) >= STRONG_VALENCE;
    (v > 0 ? (strong ? lexicon.strongPositive : lexicon.positive) : strong ? lexicon.strongNegative : lexicon.negative).push(token);
  }
  const negators = new Set(NEGATORS.map((w) => normalize(w).split(" ").at(-1)!).filter((t) => t !== ""));
  lexicon.negators = [...negators].sort();
  return lexicon;
}
