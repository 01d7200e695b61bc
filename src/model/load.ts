// Model loading entry point: picks the format from the document and validates it.
import { ModelFormatError, fail } from "./errors.js";
import { isTinytriageFormat, loadTinytriage } from "./format.js";
import { isReferenceV1, loadReferenceV1 } from "./reference-v1.js";
import type { Model } from "./types.js";

/** Parses model JSON text; a syntax error becomes a ModelFormatError. */
export function parseModelJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ModelFormatError("", `not valid JSON (${(e as Error).message})`);
  }
}

/** Validates a parsed model document of either supported format. */
export function loadModel(json: unknown): Model {
  if (typeof json !== "object" || json === null || Array.isArray(json)) fail("", "expected a JSON object at the top level");
  if (isTinytriageFormat(json)) return loadTinytriage(json);
  if (isReferenceV1(json)) return loadReferenceV1(json);
  fail("format", `expected "tinytriage-model" (or a reference v1 export with a "vocab" key)`);
}
