// Normalization for this project's own models: Unicode-aware where the reference is ASCII-only.
//  - NFKC folds compatibility forms (full-width letters, ligatures) into plain ones;
//  - Latin/Greek/Cyrillic accents are folded ("café" → "cafe"), other scripts are kept as
//    tokens (Devanagari, CJK), not erased;
//  - "<" and ">" are separators, so only placeholders look like "<num>";
//  - emoji are separators, or tokens of one symbol each when the model keeps them;
//  - elongations are squeezed ("soooo" → "soo") so emphatic spellings share a token;
//  - the Hinglish map matches whole tokens, after all of the above;
//  - negated requests are marked last ("don't want a refund" → "don t not_want not_a not_refund"),
//    so Hinglish that the map turns into English is marked too.
// The output is tokens joined by single spaces. Lowercased ASCII text without URLs or e-mail
// addresses, most tickets, takes the one-pass scanner of native-ascii.ts instead of the
// pattern passes below; both give the same tokens.
import type { PreprocessConfig } from "./config.js";
import { compileNativeRule } from "./hinglish.js";
import { compileNegationRule } from "./negation.js";
import { asciiTokens } from "./native-ascii.js";
import { truncate } from "./truncate.js";

const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_ACCENTS = /[\u0300-\u036f]/g;
const URL_RE = /https?:\/\/\S+|www\.\S+/gu;
// A match may only start where a run starts, and repetitions are bounded: every pattern stays
// linear in the text length (no catastrophic backtracking on hostile input like "a.a.a…@").
const EMAIL_RE = /(?<![\p{L}\p{N}._+-])[\p{L}\p{N}._+-]{1,64}@[\p{L}\p{N}-]{1,63}\.[\p{L}\p{N}.-]{0,253}[\p{L}\p{N}]/gu;
const NUMBER_RE = /(?<![\p{L}\p{N}_])\p{Nd}+(?![\p{L}\p{N}_])/gu;
const ANGLE = /[<>]/g;
const SEPARATORS_ASCII = /[^a-z0-9<>]+/g;
const SEPARATORS_UNICODE = /[^\p{L}\p{N}\p{M}<>]+/gu;
const SEPARATORS_KEEPING_EMOJI = /[^\p{L}\p{N}\p{M}\p{Extended_Pictographic}<>]+/gu;
const EMOJI = /\p{Extended_Pictographic}/gu;
// Joiners, variation selectors and the keycap mark would otherwise glue emoji to each other or
// to letters (skin tones are neither letters nor marks: they fall away as separators).
const EMOJI_GLUE = /[\u200d\u20e3\ufe00-\ufe0f]/g;
const ELONGATION = /(\p{L})\1{2,}/gu;
const ELONGATION_ASCII = /([a-zA-Z])\1{2,}/g;
const HAS_ASCII_DIGIT = /[0-9]/;

/**
 * Native normalization by pattern passes, for any text. createNativeNormalizer uses it where
 * the one-pass scanner does not apply.
 */
export function createPatternFolder(config: PreprocessConfig): (text: string) => string {
  const { url, email, number } = config.placeholders;
  // Each pattern runs only when a cheap test says it can match.
  const placeholders: [RegExp, string | null, (s: string, unicode: boolean) => boolean][] = [
    [URL_RE, url, (s) => s.includes("http") || s.includes("www.")],
    [EMAIL_RE, email, (s) => s.includes("@")],
    [NUMBER_RE, number, (s, unicode) => unicode || HAS_ASCII_DIGIT.test(s)],
  ];
  return (text: string): string => {
    let s = truncate(text, config.maxChars);
    const unicode = NON_ASCII.test(s);
    if (unicode) s = s.normalize("NFKC");
    if (config.lowercase) s = s.toLowerCase();
    if (unicode) s = s.normalize("NFD").replace(COMBINING_ACCENTS, "").normalize("NFC");
    s = s.replace(ANGLE, " ");
    for (const [re, token, may] of placeholders) if (token !== null && may(s, unicode)) s = s.replace(re, ` ${token} `);
    if (unicode && config.keepEmoji) s = s.replace(EMOJI_GLUE, " ").replace(EMOJI, " $& ").replace(SEPARATORS_KEEPING_EMOJI, " ").trim();
    else s = s.replace(unicode ? SEPARATORS_UNICODE : SEPARATORS_ASCII, " ").trim();
    if (config.squeezeElongation) s = unicode ? s.replace(ELONGATION, "$1$1") : s.replace(ELONGATION_ASCII, "$1$1");
    return s;
  };
}

/** Text-level normalization shared by input text and by model-file phrases (keys, keywords). */
export function createNativeNormalizer(config: PreprocessConfig): (text: string) => string {
  const fold = createPatternFolder(config);
  const { url, email, number } = config.placeholders;
  // The scanner knows no URL or e-mail rule: texts that may hold one take the pattern passes.
  const mayHoldPlaceholder = (s: string) => (url !== null && (s.includes("http") || s.includes("www."))) || (email !== null && s.includes("@"));
  const tokens: string[] = [];
  const foldTokens = (text: string): string[] => {
    tokens.length = 0;
    const s = truncate(text, config.maxChars);
    if (!config.lowercase || NON_ASCII.test(s)) return splitTokens(fold(s), tokens);
    const lower = s.toLowerCase();
    if (mayHoldPlaceholder(lower)) return splitTokens(fold(s), tokens);
    asciiTokens(lower, number, config.squeezeElongation, tokens);
    return tokens;
  };
  // Keys of the map are normalized like text, so "Kar Do" in a model file still matches.
  const normalizedMap: Record<string, string> = {};
  for (const [k, v] of Object.entries(config.hinglishMap)) normalizedMap[fold(k)] = fold(v);
  const hinglish = compileNativeRule(normalizedMap);
  const negation = config.negation ?? null;
  const negated =
    negation === null
      ? null
      : compileNegationRule({
          ...negation,
          negators: negation.negators.map(fold),
          cues: negation.cues.map(fold),
          stops: negation.stops.map(fold),
          ...(negation.objectFirst ? { objectFirst: { ...negation.objectFirst, cues: negation.objectFirst.cues.map(fold) } } : {}),
        });
  const mapped = hinglish === null ? foldTokens : (text: string) => hinglish(foldTokens(text));
  return negated === null ? (text) => mapped(text).join(" ") : (text) => negated(mapped(text)).join(" ");
}

function splitTokens(folded: string, out: string[]): string[] {
  if (folded.length > 0) for (const t of folded.split(" ")) out.push(t);
  return out;
}
