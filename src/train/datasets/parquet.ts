// The Hugging Face parquet form of the datasets (what a user downloads from the hub): one
// text column and one label column. Integer labels are named from the ClassLabel names that
// the "huggingface" key of the file's metadata carries.
import { readFileSync } from "node:fs";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { SourceReport, type SourceRow } from "./report.js";

const TEXT_COLUMNS = ["text", "utterance", "instruction"];
const LABEL_COLUMNS = ["label", "intent", "category"];

export interface ParquetOptions {
  textColumn?: string;
  labelColumn?: string;
  /** Names for integer labels when the file does not carry them. */
  labelNames?: string[];
}

export async function loadParquet(file: string, options: ParquetOptions = {}, report = new SourceReport(file)): Promise<SourceRow[]> {
  const bytes = readFileSync(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let metadata;
  try {
    metadata = parquetMetadata(buffer);
  } catch (e) {
    throw new Error(`${file}: not a parquet file (${(e as Error).message})`);
  }
  const columns = metadata.schema.slice(1).map((s) => s.name);
  const textColumn = options.textColumn ?? TEXT_COLUMNS.find((c) => columns.includes(c));
  const labelColumn = options.labelColumn ?? LABEL_COLUMNS.find((c) => columns.includes(c));
  if (!textColumn || !columns.includes(textColumn)) throw new Error(`${file}: no text column (columns: ${columns.join(", ")}); name one with textColumn`);
  if (!labelColumn || !columns.includes(labelColumn)) throw new Error(`${file}: no label column (columns: ${columns.join(", ")}); name one with labelColumn`);

  let names = options.labelNames;
  const hf = metadata.key_value_metadata?.find((kv) => kv.key === "huggingface")?.value;
  if (!names && hf) {
    try {
      const info = JSON.parse(hf) as { info?: { features?: Record<string, { names?: string[] }> } };
      names = info.info?.features?.[labelColumn]?.names;
    } catch {
      // Metadata we cannot read leaves integer labels as they are.
    }
  }
  const records = (await parquetReadObjects({ file: buffer, columns: [textColumn, labelColumn] })) as Record<string, unknown>[];
  const rows: SourceRow[] = [];
  records.forEach((r, i) => {
    report.rowsRead++;
    const line = i + 1; // parquet has no lines: the row number stands in for one
    const text = r[textColumn];
    let label = r[labelColumn];
    if (typeof label === "bigint") label = Number(label);
    if (typeof text !== "string" || text.trim() === "") return report.skip(file, line, "empty or missing text");
    if (typeof label === "number") {
      if (!names) return report.skip(file, line, "integer label without label names");
      if (!Number.isInteger(label) || label < 0 || label >= names.length) return report.skip(file, line, `label ${label} out of range`);
      label = names[label];
    }
    if (typeof label !== "string" || label === "") return report.skip(file, line, "empty or missing label");
    rows.push({ text: text.trim(), label, file, line });
    report.rowsKept++;
  });
  return rows;
}
