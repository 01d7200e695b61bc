// `tinytriage eval --model M --data FILE`: per-head accuracy, macro-F1, confusion matrices and
// per-source / per-tag breakdowns on a gold set; JSON and a self-contained HTML report.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createClassifier } from "../index.js";
import { table } from "../bench/table.js";
import { readGold } from "../bench/gold.js";
import { evaluateRows } from "../train/evaluate.js";
import { renderReport } from "../train/report-html.js";
import { displayPath, resolveModelPath } from "./default-model.js";
import { UsageError } from "./usage-error.js";

export const EVAL_HELP = `Usage:
  tinytriage eval --data FILE [--model PATH] [--out PREFIX]

FILE is JSONL: {"text", "<head>": label, …, "source"?, "tags"?: [...]} a line (or labels
under "labels"). Prints per-head accuracy and macro-F1 and the confusion matrix of each head;
writes PREFIX.json and PREFIX.html (default: FILE without .jsonl, plus .eval).
`;

export async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { model: { type: "string" }, data: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h", default: false } } });
  if (values.help) {
    process.stdout.write(EVAL_HELP);
    return 0;
  }
  if (!values.data) throw new UsageError("--data FILE is required");
  const modelPath = resolveModelPath(values.model);
  const classifier = await createClassifier({ model: modelPath });
  let rows;
  try {
    rows = readGold(values.data, classifier.info.heads.map((h) => h.name));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const e = evaluateRows(classifier, rows);
  const heads = Object.entries(e.heads).filter(([, m]) => m.count > 0);
  console.log(table(["head", "accuracy", "macro-F1", "rows"], heads.map(([h, m]) => [h, `${(m.accuracy * 100).toFixed(1)}%`, m.macro_f1.toFixed(3), m.count])));
  console.log(`exact match over labelled heads: ${(e.exact_match * 100).toFixed(1)}%`);
  const sources = Object.entries(e.by_source);
  if (sources.length > 1) {
    const names = heads.map(([h]) => h);
    const pct = (m?: { accuracy: number }) => (m ? `${(m.accuracy * 100).toFixed(1)}%` : "–");
    console.log(`\nby source (accuracy)`);
    console.log(table(["source", "rows", ...names], sources.map(([s, m]) => [s, Math.max(...Object.values(m).map((x) => x.count)), ...names.map((h) => pct(m[h]))])));
  }
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
