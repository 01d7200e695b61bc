// Schema-library issues → ModelFormatError with a dotted path.
import type { z } from "zod";
import { ModelFormatError } from "./errors.js";

export function parseWith<T extends z.ZodType>(schema: T, value: unknown, prefix = ""): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = [prefix, ...issue.path.map((p) => (typeof p === "number" ? `[${p}]` : String(p)))]
    .filter((p) => p !== "")
    .join(".")
    .replace(/\.\[/g, "[");
  throw new ModelFormatError(path, issue.message);
}
