// The reference engine's normalization, reproduced exactly (see the reference README):
// trim, simple lowercase, URL / e-mail / number placeholders, Hinglish map, "&" → " and ".
// Characters outside [A-Za-z0-9<>] are separators; the tokenizer treats them so.
import type { PreprocessConfig } from "./config.js";
import { applyReferenceRules, compileReferenceRules } from "./hinglish.js";
import { replaceReferenceEmails } from "./reference-email.js";
import { truncate } from "./truncate.js";

// Go's unicode.IsSpace set, which differs from String.prototype.trim (no U+FEFF, adds U+0085).
const GO_SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const TRIM = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, "g");
const SPACE_CHAR = new RegExp(GO_SPACE);
const isSpace = (c: string) => c <= " " || SPACE_CHAR.test(c);

/** Go's strings.TrimSpace; the regex runs only when an end actually holds white space. */
function trimGo(s: string): string {
  if (s.length === 0 || (!isSpace(s[0]!) && !isSpace(s[s.length - 1]!))) return s;
  return s.replace(TRIM, "");
}
const URL_RE = /https?:\/\/[^ \t\n\f\r]+|www\.[^ \t\n\f\r]+/g;
const NUMBER_RE = /\b\d+\b/g;
const HAS_DIGIT = /\d/;

export function createReferenceNormalizer(config: PreprocessConfig): (text: string) => string {
  const rules = compileReferenceRules(config.hinglishMap);
  const { url, email, number } = config.placeholders;
  const urlRepl = url === null ? null : ` ${url} `;
  const emailRepl = email === null ? null : ` ${email} `;
  const numberRepl = number === null ? null : ` ${number} `;
  return (raw) => {
    let s = trimGo(truncate(raw, config.maxChars));
    if (config.lowercase) {
      // Simple case mapping: U+0130 lowers to a plain "i" (the full mapping adds U+0307).
      if (s.includes("\u0130")) s = s.replaceAll("\u0130", "i");
      s = s.toLowerCase();
    }
    if (urlRepl !== null && (s.includes("http") || s.includes("www."))) s = s.replace(URL_RE, urlRepl);
    if (emailRepl !== null && s.includes("@")) s = replaceReferenceEmails(s, emailRepl);
    if (numberRepl !== null && HAS_DIGIT.test(s)) s = s.replace(NUMBER_RE, numberRepl);
    s = applyReferenceRules(s, rules);
    if (s.includes("&")) s = s.replaceAll("&", " and ");
    return s;
  };
}
