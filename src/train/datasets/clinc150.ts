// CLINC150 "full" (Larson et al. 2019): data_full.json with train/val/test and oos_* lists of
// [text, label]; out-of-scope lines are labelled "oos".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SourceReport, type SourceRow } from "./report.js";

export function loadClinc150(dir: string, split: "train" | "val" | "test", report = new SourceReport(`clinc150/${split}`)): SourceRow[] {
  const file = join(dir, "data_full.json");
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const rows: SourceRow[] = [];
  for (const key of [split, `oos_${split}`]) {
    const list = data[key];
    if (!Array.isArray(list)) throw new Error(`${file}: expected a "${key}" list`);
    list.forEach((item, i) => {
      report.rowsRead++;
      // Items have no line of their own; the position is reported as key[i].
      if (!Array.isArray(item) || typeof item[0] !== "string" || typeof item[1] !== "string") {
        report.skip(`${file}#${key}`, i, "expected [text, label]");
        return;
      }
      const text = item[0].trim();
      if (text === "") report.skip(`${file}#${key}`, i, "empty text");
      else (rows.push({ text, label: item[1], file: `${file}#${key}`, line: i, split }), report.rowsKept++);
    });
  }
  return rows;
}
