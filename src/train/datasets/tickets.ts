// The user's own tickets, and corrections: JSONL ({"text", "<head>": label, …} or
// {"text", "labels": {…}}) or CSV (a text column and one column per head). Any subset of the
// heads may be labelled. A partially written last line (a file still being appended to) is
// reported and skipped, never fatal.
import { readFileSync } from "node:fs";
import { readCsv } from "./csv.js";
import { SourceReport, type SourceRow } from "./report.js";

export interface TicketFileOptions {
  heads: readonly string[];
  textField?: string;
}

function jsonl(file: string, o: TicketFileOptions, report: SourceReport): SourceRow[] {
  const textField = o.textField ?? "text";
  const content = readFileSync(file, "utf8").replace(/^\ufeff/, "");
  const lines = content.split("\n");
  const endsClean = content.endsWith("\n");
  const rows: SourceRow[] = [];
  lines.forEach((raw, i) => {
    const s = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (s.trim() === "") return;
    report.rowsRead++;
    const line = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(s);
    } catch {
      const last = i === lines.length - 1 && !endsClean;
      return report.skip(file, line, last ? "incomplete last line (still being written?)" : "not valid JSON");
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) return report.skip(file, line, "expected a JSON object");
    const o2 = value as Record<string, unknown>;
    const text = o2[textField];
    if (typeof text !== "string" || text.trim() === "") return report.skip(file, line, `missing or empty "${textField}"`);
    const source = (typeof o2.labels === "object" && o2.labels !== null ? o2.labels : o2) as Record<string, unknown>;
    const labels: Record<string, string> = {};
    for (const h of o.heads) {
      const l = source[h];
      if (l === undefined || l === null || l === "") continue;
      if (typeof l !== "string") return report.skip(file, line, `"${h}" must be a string label`);
      labels[h] = l;
    }
    if (Object.keys(labels).length === 0) return report.skip(file, line, "no head labelled");
    const weight = typeof o2.weight === "number" && o2.weight > 0 ? o2.weight : undefined;
    rows.push({ text: text.trim(), label: "", labels, file, line, ...(weight ? { weight } : {}) });
    report.rowsKept++;
  });
  return rows;
}

function csv(file: string, o: TicketFileOptions, report: SourceReport): SourceRow[] {
  const textField = o.textField ?? "text";
  const rows: SourceRow[] = [];
  for (const r of readCsv(file, [textField], report)) {
    report.rowsRead++;
    const text = r.values[textField]!.trim();
    if (text === "") {
      report.skip(file, r.line, "empty text");
      continue;
    }
    const labels: Record<string, string> = {};
    for (const h of o.heads) if (r.values[h]) labels[h] = r.values[h]!.trim();
    if (Object.keys(labels).length === 0) {
      report.skip(file, r.line, "no head labelled");
      continue;
    }
    rows.push({ text, label: "", labels, file, line: r.line });
    report.rowsKept++;
  }
  return rows;
}

export function loadTicketFile(file: string, o: TicketFileOptions, report = new SourceReport(file)): SourceRow[] {
  return /\.csv$/i.test(file) ? csv(file, o, report) : jsonl(file, o, report);
}
