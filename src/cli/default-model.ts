// The model the CLI uses when no --model is given: the one shipped in public/model.json.
import { existsSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "./usage-error.js";

export const SHIPPED_MODEL = fileURLToPath(new URL("../../public/model.json", import.meta.url));

export function resolveModelPath(given: string | undefined): string {
  if (given !== undefined) return given;
  if (existsSync(SHIPPED_MODEL)) return SHIPPED_MODEL;
  throw new UsageError(`no --model given and no shipped model at ${SHIPPED_MODEL}; pass --model PATH`);
}

/** A model path as users see it: relative to the working folder when inside it. */
export function displayPath(path: string): string {
  const r = relative(process.cwd(), path);
  return r.startsWith("..") ? path : r;
}
