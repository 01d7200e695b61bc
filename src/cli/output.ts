// Output formats of `classify`.
import type { Classifier } from "../runtime/classifier.js";
import { fixed4 } from "./format-number.js";
import type { ClassificationResult, HeadResult, TopKEntry } from "../runtime/result.js";

export type OutputFormat = "json" | "jsonl" | "table" | "tsv";
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["json", "jsonl", "table", "tsv"];

/** A result of the batch: the classification, or the reason a line has none. */
export type Answer = { id: unknown; result: ClassificationResult } | { id: unknown; line: number; error: string };

export function jsonRecord(a: Answer): Record<string, unknown> {
  if ("error" in a) return { id: a.id, line: a.line, error: a.error };
  return a.id === undefined ? a.result : { id: a.id, ...a.result };
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));

/** A readable block per text: one line per head, top-k, and the summary. */
export function tableBlock(text: string, a: Answer, classifier: Classifier): string {
  const lines = [`text: ${text.length > 100 ? `${text.slice(0, 97)}...` : text}`];
  if ("error" in a) return [...lines, `  error: ${a.error}`].join("\n");
  for (const h of classifier.info.heads) {
    const r = a.result[h.name] as HeadResult;
    lines.push(`  ${pad(h.name, 12)} ${pad(r.label, 16)} ${r.confidence.toFixed(3)}`);
  }
  for (const [key, value] of Object.entries(a.result)) {
    if (key.endsWith("_top_k")) lines.push(`  ${pad(key, 12)} ${(value as TopKEntry[]).map((e) => `${e.label} ${e.confidence.toFixed(3)}`).join(", ")}`);
  }
  const hr = a.result.human_readable;
  lines.push(`  summary:     ${hr.summary}`, `  triage:      ${hr.triage_note}`);
  if (hr.manual_review_note) lines.push(`  review:      ${hr.manual_review_note}`);
  return lines.join("\n");
}

const TSV_UNSAFE = /[\t\n\r]/g;
const tsvId = (id: unknown) => (id === null || id === undefined ? "" : typeof id === "number" ? String(id) : String(id).replace(TSV_UNSAFE, " "));

/** Writes TSV lines: id, each head's label, the main head's confidence. */
export class TsvWriter {
  /** "\t<label>" for each label of each head, built once. */
  private readonly cells: string[][];

  constructor(classifier: Classifier) {
    this.cells = classifier.info.heads.map((h) => h.labels.map((l) => `\t${l}`));
  }

  line(id: unknown, labels: Int32Array, confidence: number): string {
    let line = tsvId(id);
    for (let h = 0; h < this.cells.length; h++) line += this.cells[h]![labels[h]!];
    return `${line}\t${fixed4(confidence)}\n`;
  }
}

/** The TSV line of an input line that could not be classified. */
export function tsvError(id: unknown, error: string): string {
  return `${tsvId(id)}\terror: ${error.replace(TSV_UNSAFE, " ")}\n`;
}
