// `tinytriage export-split`: the held-out test split the default model was evaluated on, as a
// gold set (JSONL) for `tinytriage bench`. The split is rebuilt from the training config in the
// model's metadata; the same data and seed give the same rows.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadModelFile } from "../index.js";
import { parseConfig } from "../train/config.js";
import { loadSources } from "../train/sources.js";
import { stratifiedSplit } from "../train/split.js";
import { generateSynthetic } from "../train/synth/generate.js";
import { resolveModelPath } from "./default-model.js";
import { UsageError } from "./usage-error.js";

export const EXPORT_SPLIT_HELP = `Usage:
  tinytriage export-split --out FILE [--model PATH] [--data-dir DIR] [--split test|valid|public-test] [--limit N]
`;

export async function exportSplitCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { out: { type: "string" }, model: { type: "string" }, "data-dir": { type: "string" }, split: { type: "string", default: "test" }, limit: { type: "string" }, help: { type: "boolean", short: "h", default: false } } });
  if (values.help) {
    process.stdout.write(EXPORT_SPLIT_HELP);
    return 0;
  }
  if (!values.out) throw new UsageError("--out FILE is required");
  if (!["test", "valid", "public-test"].includes(values.split)) throw new UsageError(`--split must be test, valid or public-test, got "${values.split}"`);
  const model = await loadModelFile(resolveModelPath(values.model));
  const saved = (model.metadata as { training_config?: unknown }).training_config;
  if (!saved) throw new UsageError("this model has no training_config in its metadata, so its split cannot be rebuilt");
  const config = parseConfig({ ...(saved as object), ...(values["data-dir"] ? { data_dir: values["data-dir"] } : {}) });
  const sources = await loadSources(config, () => {});
  let rows;
  if (values.split === "public-test") rows = sources.publicTest;
  else {
    const synthetic = generateSynthetic({ count: config.synthetic.count, seed: config.seed, hinglishShare: config.synthetic.hinglish_share, weight: config.synthetic.weight });
    const split = stratifiedSplit([...sources.pool, ...synthetic], config.split.valid, config.split.test, config.seed);
    rows = values.split === "test" ? split.test : split.valid;
  }
  const limit = values.limit ? Number(values.limit) : rows.length;
  const lines = rows.slice(0, limit).map((r, i) => JSON.stringify({ id: `${values.split}-${i + 1}`, text: r.text, ...r.labels, tags: [r.source] }));
  writeFileSync(values.out, `${lines.join("\n")}\n`);
  process.stderr.write(`wrote ${lines.length} cases to ${values.out}\n`);
  return 0;
}
