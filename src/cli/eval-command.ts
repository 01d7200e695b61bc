// `tinytriage eval --model M --data FILE`: per-head accuracy, macro-F1, confusion matrices and
// per-source / per-tag breakdowns on a gold set; JSON and a self-contained HTML report.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createClassifier } from "../index.js";
import { table } from "../bench/table.js";
import { evaluateRows, type GoldRow } from "../train/evaluate.js";
import { renderReport } from "../train/report-html.js";
import { displayPath, resolveModelPath } from "./default-model.js";
import { UsageError } from "./usage-error.js";

export const EVAL_HELP = `Usage:
  tinytriage eval --data FILE [--model PATH] [--out PREFIX]

FILE is JSONL: {"text", "<head>": label, …, "source"?, "tags"?: [...]} a line (or labels
under "labels"). Prints per-head accuracy and macro-F1 and the confusion matrix of each head;
writes PREFIX.json and PREFIX.html (default: FILE without .jsonl, plus .eval).
`;

function readGold(path: string): GoldRow[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`cannot read ${path}`);
  }
  const rows: GoldRow[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch {
      process.stderr.write(`${path}:${i + 1}: not valid JSON, skipped\n`);
      return;
    }
    if (typeof o.text !== "string") {
      process.stderr.write(`${path}:${i + 1}: missing "text", skipped\n`);
      return;
    }
    const src = (typeof o.labels === "object" && o.labels !== null ? o.labels : o) as Record<string, unknown>;
    const labels = Object.fromEntries(Object.entries(src).filter(([k, v]) => typeof v === "string" && !["text", "id", "source"].includes(k))) as Record<string, string>;
    rows.push({ text: o.text, labels, ...(typeof o.source === "string" ? { source: o.source } : {}), ...(Array.isArray(o.tags) ? { tags: o.tags.map(String) } : {}) });
  });
  return rows;
}

export async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { model: { type: "string" }, data: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h", default: false } } });
  if (values.help) {
    process.stdout.write(EVAL_HELP);
    return 0;
  }
  if (!values.data) throw new UsageError("--data FILE is required");
  const modelPath = resolveModelPath(values.model);
  const classifier = await createClassifier({ model: modelPath });
  const rows = readGold(values.data);
  const e = evaluateRows(classifier, rows);
  const heads = Object.entries(e.heads).filter(([, m]) => m.count > 0);
  console.log(table(["head", "accuracy", "macro-F1", "rows"], heads.map(([h, m]) => [h, `${(m.accuracy * 100).toFixed(1)}%`, m.macro_f1.toFixed(3), m.count])));
  console.log(`exact match over labelled heads: ${(e.exact_match * 100).toFixed(1)}%`);
  for (const [h, m] of heads) {
    const labels = m.per_class.map((c) => c.label);
    console.log(`\n${h}: confusion (rows true, columns predicted)`);
    console.log(table(["", ...labels.map((l) => l.slice(0, 8))], m.confusion.map((row, i) => [labels[i]!, ...row])));
  }
  const prefix = values.out ?? values.data.replace(/\.jsonl?$/, "") + ".eval";
  writeFileSync(`${prefix}.json`, `${JSON.stringify(e, null, 2)}\n`);
  writeFileSync(`${prefix}.html`, renderReport(`tinytriage evaluation: ${values.data}`, e, { model: displayPath(modelPath) }));
  console.log(`\nwrote ${prefix}.json and ${prefix}.html`);
  return 0;
}
