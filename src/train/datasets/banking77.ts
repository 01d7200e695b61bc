// BANKING77 (Casanueva et al. 2020): train.csv / test.csv with columns text, category.
import { join } from "node:path";
import { readCsv } from "./csv.js";
import { SourceReport, type SourceRow } from "./report.js";

export function loadBanking77(dir: string, split: "train" | "test", report = new SourceReport(`banking77/${split}`)): SourceRow[] {
  const file = join(dir, `${split}.csv`);
  const rows: SourceRow[] = [];
  for (const r of readCsv(file, ["text", "category"], report)) {
    report.rowsRead++;
    const text = r.values.text!.trim();
    const label = r.values.category!.trim();
    if (text === "") report.skip(file, r.line, "empty text");
    else if (label === "") report.skip(file, r.line, "empty label");
    else (rows.push({ text, label, file, line: r.line, split }), report.rowsKept++);
  }
  return rows;
}
