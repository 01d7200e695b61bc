// CSV files through a real parser (quoted fields with commas and newlines occur), with the
// line number of every record and a clear report for every malformed one.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { SourceReport } from "./report.js";

export interface CsvRecord {
  values: Record<string, string>;
  line: number;
}

/**
 * Records of a CSV file with a header row. `required` columns must exist in the header
 * (otherwise the whole file is rejected with an Error naming the file); a record with the
 * wrong number of fields or broken quoting is counted as read, skipped and reported. The
 * caller counts the records it is given.
 */
export function readCsv(file: string, required: readonly string[], report: SourceReport): CsvRecord[] {
  const text = readFileSync(file, "utf8");
  const out: CsvRecord[] = [];
  let header: string[] | null = null;
  const rows = parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: { lines?: number; message: string } | undefined) => {
      if (!err) return;
      report.rowsRead++;
      report.skip(file, err.lines ?? 0, `malformed CSV (${err.message.replace(/^Invalid Record Length: /, "").replace(/\s+/g, " ")})`);
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  for (const { record, info } of rows) {
    if (header === null) {
      header = record.map((h) => h.trim());
      const missing = required.filter((c) => !header!.includes(c));
      if (missing.length > 0) throw new Error(`${file}: missing column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")} (header: ${header.join(", ")})`);
      continue;
    }
    if (record.length !== header.length) {
      report.rowsRead++;
      report.skip(file, info.lines, `expected ${header.length} fields, got ${record.length}`);
      continue;
    }
    out.push({ values: Object.fromEntries(header.map((h, i) => [h, record[i]!])), line: info.lines });
  }
  if (header === null) throw new Error(`${file}: empty file (no header row)`);
  return out;
}
