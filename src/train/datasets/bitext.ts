// Bitext customer-support sample: customer_support_20k.csv (flags, utterance, category, intent)
// and split.json (row indices of the fixed stratified 80/20 split).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsv } from "./csv.js";
import { SourceReport, type SourceRow } from "./report.js";

export function loadBitext(dir: string, split: "train" | "test" | "all", report = new SourceReport(`bitext/${split}`)): SourceRow[] {
  const file = join(dir, "customer_support_20k.csv");
  const records = readCsv(file, ["utterance", "intent"], report);
  let keep: Set<number> | null = null;
  if (split !== "all") {
    const splitFile = join(dir, "split.json");
    const indices = (JSON.parse(readFileSync(splitFile, "utf8")) as Record<string, unknown>)[split];
    if (!Array.isArray(indices)) throw new Error(`${splitFile}: expected a "${split}" list of row indices`);
    keep = new Set(indices as number[]);
  }
  const rows: SourceRow[] = [];
  records.forEach((r, index) => {
    if (keep && !keep.has(index)) return;
    report.rowsRead++;
    const text = r.values.utterance!.trim();
    const label = r.values.intent!.trim();
    if (text === "") report.skip(file, r.line, "empty text");
    else if (label === "") report.skip(file, r.line, "empty label");
    else (rows.push({ text, label, flags: r.values.flags ?? "", file, line: r.line, split }), report.rowsKept++);
  });
  return rows;
}
