import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
export const REFERENCE_MODEL = `${SHARED}reference/seed-model.json`;
export const REFERENCE_GOLDENS = `${SHARED}reference/seed-goldens.jsonl`;
export const CLI = `${ROOT}bin/tinytriage.js`;
