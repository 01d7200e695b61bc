// Deterministic style noise for synthetic tickets: keyboard-neighbour typos, dropped and
// doubled letters, missing apostrophes, shorthand, ALL CAPS, casual openers and closers.
import { pick } from "../random.js";

const NEIGHBOURS: Record<string, string> = {
  q: "wa", w: "qes", e: "wrd", r: "etf", t: "ryg", y: "tuh", u: "yij", i: "uok", o: "ipl", p: "ol",
  a: "qsz", s: "adw", d: "sfe", f: "dgr", g: "fht", h: "gjy", j: "hku", k: "jli", l: "kp",
  z: "xa", x: "zc", c: "xv", v: "cb", b: "vn", n: "bm", m: "n",
};

const SHORTHAND: [RegExp, string[]][] = [
  [/\bplease\b/gi, ["pls", "plz", "plss"]],
  [/\byou\b/gi, ["u"]],
  [/\byour\b/gi, ["ur"]],
  [/\bthanks\b|\bthank you\b/gi, ["thx", "thanks", "ty"]],
  [/\bas soon as possible\b/gi, ["asap"]],
  [/\bare\b/gi, ["r"]],
  [/\bbecause\b/gi, ["bcoz", "cuz"]],
  [/\bmessage\b/gi, ["msg"]],
  [/\bwhat\b/gi, ["wat"]],
];

const OPENERS = ["hi", "hello", "hey", "hi team", "dear support,", "hello sir", "hey there", "good morning"];
const CLOSERS = ["thanks", "pls help", "regards", "thx", "waiting for reply", "asap", "thank you"];


function mutateWord(word: string, random: () => number): string {
  if (word.length < 4 || !/^[a-z]+$/i.test(word)) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  const c = word[i]!.toLowerCase();
  const op = random();
  if (op < 0.35 && NEIGHBOURS[c]) return word.slice(0, i) + pick([...NEIGHBOURS[c]!], random) + word.slice(i + 1);
  if (op < 0.6) return word.slice(0, i) + word.slice(i + 1); // dropped letter
  if (op < 0.8) return word.slice(0, i) + word[i] + word.slice(i); // doubled letter
  return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1); // swapped letters
}

export interface NoiseOptions {
  /** Chance per word of a typo. */
  typo: number;
  shorthand: number;
  dropApostrophes: number;
  caps: number;
  lowercase: number;
  opener: number;
  closer: number;
  dropPunctuation: number;
}

export const DEFAULT_NOISE: NoiseOptions = {
  typo: 0.04,
  shorthand: 0.3,
  dropApostrophes: 0.4,
  caps: 0.04,
  lowercase: 0.35,
  opener: 0.2,
  closer: 0.15,
  dropPunctuation: 0.3,
};

export function addNoise(text: string, random: () => number, o: NoiseOptions = DEFAULT_NOISE): string {
  let t = text;
  if (random() < o.shorthand) for (const [re, subs] of SHORTHAND) t = t.replace(re, (m) => (random() < 0.6 ? pick(subs, random) : m));
  if (random() < o.dropApostrophes) t = t.replace(/['’]/g, "");
  t = t.split(" ").map((w) => (random() < o.typo ? mutateWord(w, random) : w)).join(" ");
  if (random() < o.opener) t = `${pick(OPENERS, random)} ${t}`;
  if (random() < o.closer) t = `${t} ${pick(CLOSERS, random)}`;
  if (random() < o.dropPunctuation) t = t.replace(/[.,?]/g, "");
  const r = random();
  if (r < o.caps) t = t.toUpperCase();
  else if (r < o.caps + o.lowercase) t = t.toLowerCase();
  return t.replace(/\s+/g, " ").trim();
}
