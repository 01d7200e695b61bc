// npm run bench:development: how a training config does on real tickets it was not trained on,
// without touching the gold set. Two protocols:
// - development batches (--dev, default 11–16 and 18–20): those hand-labelled batches are held
//   out, the config trains with the other hand-labelled batches in place of the whole file, once
//   per seed, and each int8 model is scored on the held-out batches;
// - cross-validation by batch (--folds K): the hand-labelled batches are dealt into K folds (in
//   batch order, round robin), each fold is held out in turn and scored by a model trained with
//   the others, so every hand-labelled ticket is scored once per seed by a model that never saw
//   its batch (a larger, less noisy estimate: every hand-labelled ticket, every style of batch).
// Settings and data rounds for the default model are judged this way: a change is kept when the
// mean over the heads rises and intent does not fall.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createClassifier } from "../index.js";
import { loadCoreModule } from "../runtime/node-core.js";
import { readConfig, type TrainConfig } from "../train/config.js";
import { evaluateRows } from "../train/evaluate.js";
import { runTraining } from "../train/run-training.js";
import { HEAD_NAMES } from "../train/schema/house-row.js";
import { HAND_LABELLED_TICKETS } from "../train/sources.js";
import { benchArgs } from "./args.js";
import { parseGold, type GoldCase } from "./gold.js";
import { machine } from "./machine.js";
import { table } from "./table.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const USAGE = `Usage: npm run bench:development -- [options]

Trains a config without some hand-labelled batches and scores it on them (int8 models).

  --dev 11-16,18-20    the development batches to hold out (default 11-16,18-20)
  --folds K            cross-validation by batch instead: K folds, every batch scored once
  --seeds 3,1,2,42     training seeds (default 3,1,2,42); the table is the mean over them
  --config FILE        the training config to judge (default: the default model's); the
                       batches come from its hand_labelled source's path when it names one
  --extra FILE         candidate training tickets (JSONL), added to every training run
  --data-dir DIR       the public datasets (default ../shared/datasets)
  --out FILE           where the JSON goes (default bench/results/development.json, or
                       bench/results/cross-validation.json with --folds)
  -h, --help           this text
`;
const { values: args } = benchArgs("bench:development", USAGE, () =>
  parseArgs({
    options: {
      config: { type: "string" },
      "data-dir": { type: "string" },
      seeds: { type: "string", default: "3,1,2,42" },
      dev: { type: "string" },
      folds: { type: "string" },
      extra: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  }),
);
const log = (s: string) => process.stderr.write(`${s}\n`);
const fail = (s: string): never => {
  log(`bench:development: ${s}`);
  process.exit(2);
};

/** "11-16,18-20" → batch-11 … batch-16, batch-18 … batch-20. */
function batchNames(spec: string): Set<string> {
  const names = new Set<string>();
  for (const part of spec.split(",")) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(part);
    if (!m) fail(`--dev: "${part}" is not a batch number or range like 11-16`);
    const [from, to] = [Number(m![1]), Number(m![2] ?? m![1])];
    if (to < from) fail(`--dev: range ${part} runs backwards`);
    for (let b = from; b <= to; b++) names.add(`batch-${b}`);
  }
  return names;
}

/** Batch names in batch-number order ("batch-2" before "batch-10"); other sources last, by name. */
function batchOrder(names: Iterable<string>): string[] {
  const n = (name: string) => Number(/^batch-(\d+)$/.exec(name)?.[1] ?? Infinity);
  return [...new Set(names)].sort((a, b) => n(a) - n(b) || a.localeCompare(b));
}

const seeds = args.seeds.split(",").map((s) => Number(s.trim()));
if (seeds.some((s) => !Number.isInteger(s) || s < 0)) fail(`--seeds: expected comma-separated whole numbers, got "${args.seeds}"`);
if (args.dev !== undefined && args.folds !== undefined) fail("--dev and --folds are two protocols; give one");
const folds = args.folds === undefined ? 0 : Number(args.folds);
if (args.folds !== undefined && (!Number.isInteger(folds) || folds < 2)) fail(`--folds: expected a whole number of 2 or more, got "${args.folds}"`);
const devSpec = args.dev ?? "11-16,18-20";

let config = (() => {
  try {
    return readConfig(args.config);
  } catch (e) {
    return fail((e as Error).message);
  }
})();
if (args["data-dir"]) config = { ...config, data_dir: args["data-dir"] };
if (!config.sources.some((s) => s.type === "hand_labelled")) fail("the config has no hand_labelled source to hold the development batches out of");

// The hand-labelled file (the shipped one unless the config's hand_labelled source names another),
// split by batch; --extra adds a file of candidate training tickets.
const handLabelledPath = config.sources.find((s) => s.type === "hand_labelled")!.path;
const fileName = handLabelledPath ?? HAND_LABELLED_TICKETS;
const file = handLabelledPath ?? join(ROOT, HAND_LABELLED_TICKETS);
/** A file's text; `what` names the option or source in the error. */
function readText(path: string, shown: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    return fail(`${what}: cannot read ${shown}: ${(e as Error).message}`);
  }
}
const nonEmptyLines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");
const handLabelled = readText(file, fileName, "hand_labelled source");
// A bad line is reported once, as file:line, and left out of every round.
const cases = parseGold(handLabelled, fileName, HEAD_NAMES);
const batchOf = (c: GoldCase) => c.source ?? "";
const batches = batchOrder(cases.map(batchOf));
// Each round holds some batches out and scores them.
const rounds: Set<string>[] = (() => {
  if (folds === 0) {
    const dev = batchNames(devSpec);
    const missing = [...dev].filter((b) => !batches.includes(b));
    if (missing.length > 0) fail(`${fileName} has no ${missing.join(", ")}`);
    return [dev];
  }
  if (folds > batches.length) fail(`--folds: ${folds} folds but ${fileName} has only ${batches.length} batches`);
  return Array.from({ length: folds }, (_, k) => new Set(batches.filter((_, i) => i % folds === k)));
})();
const extraLines = args.extra ? nonEmptyLines(readText(args.extra, args.extra, "--extra")) : [];
const scored = cases.filter((c) => rounds.some((r) => r.has(batchOf(c))));

const dir = mkdtempSync(join(tmpdir(), "tinytriage-development-"));
/** The config with the hand-labelled source reading the batches not held out (plus --extra). */
function roundConfig(heldOut: Set<string>, k: number): TrainConfig {
  const trainFile = join(dir, `training-batches-${k}.jsonl`);
  writeFileSync(trainFile, `${[...cases.filter((c) => !heldOut.has(batchOf(c))).map((c) => c.line), ...extraLines].join("\n")}\n`);
  return { ...config, sources: config.sources.map((s) => (s.type === "hand_labelled" ? { ...s, path: trainFile } : s)) };
}
const configs = rounds.map(roundConfig);
const trainingTickets = cases.filter((c) => !rounds[0]!.has(batchOf(c))).length + extraLines.length;
const protocol = folds
  ? `cross-validation by batch: ${batches.length} batches in ${folds} folds, each scored by a model trained without it (${scored.length} tickets)`
  : `${scored.length} tickets of ${rounds[0]!.size} batches held out, ${trainingTickets} hand-labelled tickets in training`;
log(`development: ${protocol}${args.extra ? ` (with ${args.extra})` : ""}, ${seeds.length} seed${seeds.length === 1 ? "" : "s"}`);

const { module } = await loadCoreModule();
const started = performance.now();
const perSeed: Record<string, Record<string, number>> = {};
/** Intent accuracy per batch, summed over seeds. */
const batchIntent = new Map<string, { right: number; count: number }>();
for (const [i, seed] of seeds.entries()) {
  const t0 = performance.now();
  const right = Object.fromEntries(HEAD_NAMES.map((h) => [h, 0]));
  const count = Object.fromEntries(HEAD_NAMES.map((h) => [h, 0]));
  for (const [k, heldOut] of rounds.entries()) {
    const run = await runTraining({ ...configs[k]!, seed }, module, () => {});
    const e = evaluateRows(await createClassifier({ model: run.int8 }), scored.filter((c) => heldOut.has(batchOf(c))));
    for (const h of HEAD_NAMES) {
      right[h]! += e.heads[h]!.accuracy * e.heads[h]!.count;
      count[h]! += e.heads[h]!.count;
    }
    for (const [batch, heads] of Object.entries(e.by_source)) {
      const b = batchIntent.get(batch) ?? { right: 0, count: 0 };
      b.right += heads.intent!.accuracy * heads.intent!.count;
      b.count += heads.intent!.count;
      batchIntent.set(batch, b);
    }
    if (folds) log(`    seed ${seed}, fold ${k + 1}/${folds}: ${e.count} tickets, intent ${(e.heads.intent!.accuracy * 100).toFixed(1)}%`);
  }
  perSeed[seed] = Object.fromEntries(HEAD_NAMES.map((h) => [h, right[h]! / count[h]!]));
  log(`  seed ${seed} (${i + 1}/${seeds.length}): ${HEAD_NAMES.map((h) => `${h} ${(perSeed[seed]![h]! * 100).toFixed(1)}%`).join(", ")} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
rmSync(dir, { recursive: true, force: true });

const mean = Object.fromEntries(HEAD_NAMES.map((h) => [h, seeds.reduce((a, s) => a + perSeed[s]![h]!, 0) / seeds.length]));
const meanOverHeads = HEAD_NAMES.reduce((a, h) => a + mean[h]!, 0) / HEAD_NAMES.length;
const pct = (x: number) => (x * 100).toFixed(1);
const rows = [...seeds.map((s) => [`seed ${s}`, ...HEAD_NAMES.map((h) => pct(perSeed[s]![h]!)), pct(HEAD_NAMES.reduce((a, h) => a + perSeed[s]![h]!, 0) / HEAD_NAMES.length)]), ["mean", ...HEAD_NAMES.map((h) => pct(mean[h]!)), pct(meanOverHeads)]];
const title = folds ? `cross-validation by batch, ${folds} folds` : `development batches ${devSpec}`;
console.log(`\n${title} (${scored.length} tickets), accuracy % — ${machine().cpu}, ${machine().cores} cores\n`);
console.log(table(["", ...HEAD_NAMES, "mean"], rows));
const weakest = [...batchIntent].map(([b, r]) => [b, r.right / r.count] as const).sort((a, b) => a[1] - b[1]);
console.log(`\nintent by batch, weakest first: ${weakest.map(([b, a]) => `${b.replace("batch-", "")} ${pct(a)}`).join(", ")}`);
const out = args.out ?? join(ROOT, `bench/results/${folds ? "cross-validation" : "development"}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ machine: machine(), config: args.config ?? "default", extra: args.extra ?? null, protocol: folds ? "cross-validation by batch" : "development batches", ...(folds ? { folds: rounds.map((r) => [...r]) } : { dev_batches: [...rounds[0]!], training_tickets: trainingTickets }), scored_tickets: scored.length, intent_by_batch: Object.fromEntries(weakest), seeds: perSeed, mean, mean_over_heads: meanOverHeads, seconds: Math.round((performance.now() - started) / 1000) }, null, 2)}\n`);
console.log(`\nwrote ${out}`);
