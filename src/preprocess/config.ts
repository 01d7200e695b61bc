import type { NegationConfig } from "./negation.js";

/** How raw text becomes normalized text; stored in the model file. */
export interface PreprocessConfig {
  /**
   * `reference`: exactly the reference engine's normalization (ASCII-only).
   * `native`: Unicode-aware normalization for this project's own models.
   */
  mode: "reference" | "native";
  lowercase: boolean;
  /** Replacement tokens for URLs, e-mail addresses and numbers; null leaves them as text. */
  placeholders: { url: string | null; email: string | null; number: string | null };
  /** Hinglish phrase → replacement, applied longest key first. */
  hinglishMap: Record<string, string>;
  /** native only: squeeze runs of 3+ identical letters to 2 ("soooo" → "soo"). */
  squeezeElongation: boolean;
  /**
   * native only: each emoji becomes a token of its own ("sooo good😂😂" → "soo good 😂 😂"),
   * without skin tones, variation selectors or joiners. Off, emoji are separators.
   */
  keepEmoji: boolean;
  /** native only: marks negated requests ("don't want a refund", see negation.ts); null: off. */
  negation: NegationConfig | null;
  /** Input beyond this many UTF-16 code units is ignored (see MAX_TEXT_CHARS). */
  maxChars: number;
}

/**
 * Default truncation limit: 32,768 UTF-16 code units (about 5,000 words). Tickets are far
 * shorter; the limit bounds the time and memory one classification may take.
 */
export const MAX_TEXT_CHARS = 32_768;
