// npm run bench:development: how a training config does on real tickets it was not trained on,
// without touching the gold set. The hand-labelled tickets of the development batches (default
// 11–16 and 18–20) are held out; the config trains with the other hand-labelled batches in
// place of the whole file, once per seed, and each int8 model is scored on the held-out
// batches. Settings and data rounds for the default model are judged this way: a change is kept
// when the mean over the heads rises and intent does not fall.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createClassifier } from "../index.js";
import { loadCoreModule } from "../runtime/node-core.js";
import { readConfig } from "../train/config.js";
import { evaluateRows } from "../train/evaluate.js";
import { runTraining } from "../train/run-training.js";
import { HEAD_NAMES } from "../train/schema/house-row.js";
import { HAND_LABELLED_TICKETS } from "../train/sources.js";
import { readGold } from "./gold.js";
import { machine } from "./machine.js";
import { table } from "./table.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const { values: args } = parseArgs({
  options: {
    config: { type: "string" },
    "data-dir": { type: "string" },
    seeds: { type: "string", default: "3,1,2,42" },
    dev: { type: "string", default: "11-16,18-20" },
    extra: { type: "string" },
    out: { type: "string", default: join(ROOT, "bench/results/development.json") },
  },
});
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

const seeds = args.seeds.split(",").map((s) => Number(s.trim()));
if (seeds.some((s) => !Number.isInteger(s) || s < 0)) fail(`--seeds: expected comma-separated whole numbers, got "${args.seeds}"`);
const devBatches = batchNames(args.dev);

let config = (() => {
  try {
    return readConfig(args.config);
  } catch (e) {
    return fail((e as Error).message);
  }
})();
if (args["data-dir"]) config = { ...config, data_dir: args["data-dir"] };
if (!config.sources.some((s) => s.type === "hand_labelled")) fail("the config has no hand_labelled source to hold the development batches out of");

// The shipped file's lines, split by batch; --extra adds a file of candidate training tickets.
const file = join(ROOT, HAND_LABELLED_TICKETS);
const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "");
const sourceOf = (line: string) => (JSON.parse(line) as { source?: string }).source ?? "";
const present = new Set(lines.map(sourceOf));
const missing = [...devBatches].filter((b) => !present.has(b));
if (missing.length > 0) fail(`${HAND_LABELLED_TICKETS} has no ${missing.join(", ")}`);
const trainLines = lines.filter((l) => !devBatches.has(sourceOf(l)));
if (args.extra) trainLines.push(...readFileSync(args.extra, "utf8").split("\n").filter((l) => l.trim() !== ""));
const dev = readGold(file, HEAD_NAMES).filter((c) => devBatches.has(c.source ?? ""));

const dir = mkdtempSync(join(tmpdir(), "tinytriage-development-"));
const trainFile = join(dir, "training-batches.jsonl");
writeFileSync(trainFile, `${trainLines.join("\n")}\n`);
config = { ...config, sources: config.sources.map((s) => (s.type === "hand_labelled" ? { ...s, path: trainFile } : s)) };
log(`development: ${dev.length} tickets of ${devBatches.size} batches held out, ${trainLines.length} hand-labelled tickets in training${args.extra ? ` (with ${args.extra})` : ""}, ${seeds.length} seed${seeds.length === 1 ? "" : "s"}`);

const { module } = await loadCoreModule();
const started = performance.now();
const perSeed: Record<string, Record<string, number>> = {};
for (const [i, seed] of seeds.entries()) {
  const t0 = performance.now();
  const run = await runTraining({ ...config, seed }, module, () => {});
  const e = evaluateRows(await createClassifier({ model: run.int8 }), dev);
  perSeed[seed] = Object.fromEntries(HEAD_NAMES.map((h) => [h, e.heads[h]!.accuracy]));
  log(`  seed ${seed} (${i + 1}/${seeds.length}): ${HEAD_NAMES.map((h) => `${h} ${(perSeed[seed]![h]! * 100).toFixed(1)}%`).join(", ")} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
rmSync(dir, { recursive: true, force: true });

const mean = Object.fromEntries(HEAD_NAMES.map((h) => [h, seeds.reduce((a, s) => a + perSeed[s]![h]!, 0) / seeds.length]));
const meanOverHeads = HEAD_NAMES.reduce((a, h) => a + mean[h]!, 0) / HEAD_NAMES.length;
const pct = (x: number) => (x * 100).toFixed(1);
const rows = [...seeds.map((s) => [`seed ${s}`, ...HEAD_NAMES.map((h) => pct(perSeed[s]![h]!)), pct(HEAD_NAMES.reduce((a, h) => a + perSeed[s]![h]!, 0) / HEAD_NAMES.length)]), ["mean", ...HEAD_NAMES.map((h) => pct(mean[h]!)), pct(meanOverHeads)]];
console.log(`\ndevelopment batches ${args.dev} (${dev.length} tickets), accuracy % — ${machine().cpu}, ${machine().cores} cores\n`);
console.log(table(["", ...HEAD_NAMES, "mean"], rows));
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, `${JSON.stringify({ machine: machine(), config: args.config ?? "default", extra: args.extra ?? null, dev_batches: [...devBatches], dev_tickets: dev.length, training_tickets: trainLines.length, seeds: perSeed, mean, mean_over_heads: meanOverHeads, seconds: Math.round((performance.now() - started) / 1000) }, null, 2)}\n`);
console.log(`\nwrote ${args.out}`);
