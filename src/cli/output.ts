// Output formats of `classify`.
import type { Classifier } from "../runtime/classifier.js";
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

/** A TSV line: id, each head's label, the main head's confidence. */
export function tsvLine(id: unknown, labels: Int32Array, confidence: number, classifier: Classifier): string {
  let line = id === null || id === undefined ? "" : String(id).replace(/[\t\n\r]/g, " ");
  const heads = classifier.info.heads;
  for (let h = 0; h < heads.length; h++) line += `\t${heads[h]!.labels[labels[h]!]}`;
  return `${line}\t${confidence.toFixed(4)}\n`;
}

/** The TSV line of an input line that could not be classified. */
export function tsvError(id: unknown, error: string): string {
  return `${id === null || id === undefined ? "" : String(id).replace(/[\t\n\r]/g, " ")}\terror: ${error.replace(/[\t\n\r]/g, " ")}\n`;
}
