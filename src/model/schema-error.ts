// Schema-library issues → ModelFormatError with a dotted path ("heads[2].labels").
import * as v from "valibot";
import { ModelFormatError } from "./errors.js";

type AnySchema = v.GenericSchema;

/** Parses `value` with `schema`; errors name the field, under `prefix` when given. */
export function parseWith<T extends AnySchema>(schema: T, value: unknown, prefix = ""): v.InferOutput<T> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = [{ key: prefix }, ...(issue.path ?? [])]
    .filter((p: { key: unknown }) => p.key !== "")
    .map((p: { key: unknown }) => (typeof p.key === "number" ? `[${p.key}]` : `.${String(p.key)}`))
    .join("")
    .replace(/^\./, "");
  throw new ModelFormatError(path, readable(issue.message));
}

/** 'Invalid type: Expected number but received "x"' → 'expected number, got "x"'. */
function readable(message: string): string {
  if (/^Invalid key: .* but received undefined$/.test(message)) return "missing required field";
  return message
    .replace(/^Invalid \w+: /, "")
    .replace(/^Expected/, "expected")
    .replace(/ but received /, ", got ");
}
