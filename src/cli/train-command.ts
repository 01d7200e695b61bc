// `tinytriage train`: trains a five-head model from a config (or the default one) and writes
// it in this project's format (int8; --out-float for float32), with an evaluation report.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { toTinytriageJson } from "../model/format.js";
import { loadCoreModule } from "../runtime/node-core.js";
import { readConfig } from "../train/config.js";
import { renderReport } from "../train/report-html.js";
import { runTraining } from "../train/run-training.js";
import { table } from "../bench/table.js";
import { UsageError } from "./usage-error.js";

export const TRAIN_HELP = `Usage:
  tinytriage train [--config FILE] [--data-dir DIR] [--out model.json] [--out-float FILE] [--report DIR]

Trains the five-head model (department, sentiment, lead_intent, churn_risk, intent) from the
public datasets, synthetic tickets, the hand-labelled tickets in data/ and any ticket or
correction files the config names.

Options:
  --config FILE     training config (JSON); anything it leaves out takes the defaults
  --data-dir DIR    folder with banking77/, clinc150/, bitext/, tweet_eval_sentiment/
                    (default: the config's data_dir, "../shared/datasets")
  --out FILE        the int8 model (default public/model.json)
  --out-float FILE  also write the float32 model
  --report DIR      write eval.json and eval.html here (default: next to --out, as <name>.eval.*)
  --quiet           no progress bar
`;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export async function trainCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: "string" },
      "data-dir": { type: "string" },
      out: { type: "string", default: "public/model.json" },
      "out-float": { type: "string" },
      report: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(TRAIN_HELP);
    return 0;
  }
  let config;
  try {
    config = readConfig(values.config);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values["data-dir"]) config = { ...config, data_dir: values["data-dir"] };
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const started = performance.now();
  const { module } = await loadCoreModule();

  const bar = values.quiet || !process.stderr.isTTY ? null : new cliProgress.SingleBar({ format: "epoch {epoch} [{bar}] {percentage}% | ETA {eta_formatted}", hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic);
  let barStarted = false;
  const run = await runTraining(config, module, log, {
    onStep: (step, steps, epoch) => {
      if (!bar) return;
      if (!barStarted) (bar.start(steps, 0, { epoch }), (barStarted = true));
      bar.update(step, { epoch });
    },
    onEpoch: (r) => {
      if (bar && barStarted) (bar.stop(), (barStarted = false));
      const heads = Object.entries(r.validation).map(([h, m]) => `${h} ${pct(m.accuracy)}`).join(", ");
      const remaining = (r.epochs - r.epoch) * r.seconds;
      log(`epoch ${r.epoch}/${r.epochs}  loss ${r.loss.toFixed(4)}  validation: ${heads}  score ${r.score.toFixed(4)}${r.best ? " (best)" : ""}  ${r.seconds.toFixed(1)} s, ETA ≤ ${remaining.toFixed(0)} s`);
    },
  });

  const out = values.out;
  mkdirSync(dirname(out), { recursive: true });
  const text = `${JSON.stringify(toTinytriageJson(run.int8))}\n`;
  writeFileSync(out, text);
  if (values["out-float"]) writeFileSync(values["out-float"], `${JSON.stringify(toTinytriageJson(run.float32))}\n`);
  const reportBase = values.report ? join(values.report, "eval") : out.replace(/\.json$/, "") + ".eval";
  if (values.report) mkdirSync(values.report, { recursive: true });
  writeFileSync(`${reportBase}.json`, `${JSON.stringify({ test: run.testInt8, test_float32: run.testFloat32, public_test: run.publicTestInt8 }, null, 2)}\n`);
  writeFileSync(`${reportBase}.html`, renderReport("tinytriage: held-out test split (int8 model)", run.testInt8, { model: out, "best epoch": String(run.bestEpoch) }));

  const rows = Object.keys(run.testInt8.heads).map((h) => {
    const f = run.testFloat32.heads[h]!;
    const q = run.testInt8.heads[h]!;
    const p = run.publicTestInt8.heads[h]!;
    return [h, pct(f.accuracy), pct(q.accuracy), `${((q.accuracy - f.accuracy) * 100).toFixed(2)}`, q.macro_f1.toFixed(3), p.count > 0 ? `${pct(p.accuracy)} (n=${p.count})` : "–"];
  });
  console.log(`\n${table(["head", "test f32", "test int8", "int8 − f32 (pts)", "test int8 macro-F1", "public test int8"], rows)}`);
  console.log(`\nwrote ${out} (${(text.length / 1024).toFixed(0)} KB), ${reportBase}.json, ${reportBase}.html in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return 0;
}
