import type { PreprocessConfig } from "./config.js";
import { createNativeNormalizer } from "./native-normalize.js";
import { createReferenceNormalizer } from "./reference-normalize.js";

export type { PreprocessConfig } from "./config.js";
export { MAX_TEXT_CHARS } from "./config.js";

/**
 * Returns the normalizer a model's preprocessing config describes. Its output is the text the
 * tokenizer scans: token characters are [a-z0-9<>] (and, in native mode, any letter, digit or
 * mark); everything else separates tokens.
 */
export function createNormalizer(config: PreprocessConfig): (text: string) => string {
  return config.mode === "reference" ? createReferenceNormalizer(config) : createNativeNormalizer(config);
}
