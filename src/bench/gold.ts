// Gold sets: JSONL lines {"id"?, "text", "<head>": label, …, "tags"?: [...], "source"?} (or heads under
// "labels"). A bad line is reported as file:line and skipped.
import { readFileSync } from "node:fs";

export interface GoldCase {
  id: string;
  text: string;
  labels: Record<string, string>;
  tags: string[];
  source?: string;
  /** The line as written (trimmed), for tools that pass cases on as they came. */
  line: string;
}

type Warn = (s: string) => void;
const toStderr: Warn = (s) => process.stderr.write(`${s}\n`);

export function readGold(path: string, heads: readonly string[], warn: Warn = toStderr): GoldCase[] {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`cannot read gold set ${path}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  return parseGold(content, path, heads, warn);
}

/** The cases of a gold set already read; `path` names the file in the reports of bad lines. */
export function parseGold(content: string, path: string, heads: readonly string[], warn: Warn = toStderr): GoldCase[] {
  const cases: GoldCase[] = [];
  content.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return warn(`${path}:${i + 1}: not valid JSON, skipped`);
    }
    if (typeof o.text !== "string" || o.text.trim() === "") return warn(`${path}:${i + 1}: missing "text", skipped`);
    const source = (typeof o.labels === "object" && o.labels !== null ? o.labels : o) as Record<string, unknown>;
    const labels: Record<string, string> = {};
    for (const h of heads) if (typeof source[h] === "string") labels[h] = source[h] as string;
    if (Object.keys(labels).length === 0) return warn(`${path}:${i + 1}: no head labelled, skipped`);
    cases.push({
      id: o.id === undefined ? `line-${i + 1}` : String(o.id),
      text: o.text,
      labels,
      tags: Array.isArray(o.tags) ? o.tags.map(String) : [],
      ...(typeof o.source === "string" ? { source: o.source } : {}),
      line,
    });
  });
  return cases;
}
