// Mapping tables: reviewable JSON, one per source, from the source's labels to the house
// schema. Every source label is either mapped or explicitly dropped with a reason.
import * as v from "valibot";
import banking77 from "./mappings/banking77.json" with { type: "json" };
import bitext from "./mappings/bitext.json" with { type: "json" };
import clinc150 from "./mappings/clinc150.json" with { type: "json" };
import type { SourceReport, SourceRow } from "../datasets/report.js";
import { DEFAULT_HEADS, type HouseRow } from "./house-row.js";
import { fillRelatedHeads } from "./rules.js";

const headLabel = (head: keyof typeof DEFAULT_HEADS) => v.optional(v.picklist([...DEFAULT_HEADS[head]] as string[]));
const entry = v.union([
  v.strictObject({ drop: v.string() }),
  v.strictObject({
    intent: headLabel("intent"),
    department: headLabel("department"),
    sentiment: headLabel("sentiment"),
    lead_intent: headLabel("lead_intent"),
    churn_risk: headLabel("churn_risk"),
  }),
]);
export const mappingSchema = v.object({
  source: v.string(),
  description: v.string(),
  calm_text_is_neutral: v.boolean(),
  labels: v.record(v.string(), entry),
});
export type MappingTable = v.InferOutput<typeof mappingSchema>;

export const BUILTIN_MAPPINGS: Record<string, MappingTable> = {
  banking77: v.parse(mappingSchema, banking77),
  bitext: v.parse(mappingSchema, bitext),
  clinc150: v.parse(mappingSchema, clinc150),
};

/** Source rows → house rows through a table; unknown labels are reported and skipped. */
export function applyMapping(rows: readonly SourceRow[], table: MappingTable, source: string, weight: number, report: SourceReport): HouseRow[] {
  const out: HouseRow[] = [];
  for (const row of rows) {
    const m = table.labels[row.label];
    if (m === undefined) {
      report.skip(row.file, row.line, `label "${row.label}" is not in the ${table.source} mapping table`);
      report.rowsKept--;
      continue;
    }
    if ("drop" in m) {
      report.skipped.set(`dropped by the table`, (report.skipped.get(`dropped by the table`) ?? 0) + 1);
      report.rowsKept--;
      continue;
    }
    const labels: Partial<Record<string, string>> = { ...m };
    // Bitext marks offensive language with W: such messages are negative (LABELS.md).
    if (row.flags?.includes("W")) labels.sentiment ??= "negative";
    fillRelatedHeads(labels, row.text, table.calm_text_is_neutral && !row.flags?.includes("W"));
    out.push({ text: row.text, labels, source, weight });
  }
  return out;
}
