// npm run bench:speed: how fast the engine classifies, loads and stays in memory, on the
// reference model and the 399 short inputs of its goldens (single thread, warm), and the CLI's
// batch throughput as a whole process next to fastText's when the fasttext command exists.
// Prints a table and writes bench/results/speed.json.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { FeatureExtractor, tokenCharTable } from "../features/extractor.js";
import { loadModelFile } from "../index.js";
import { loadModel, parseModelJson } from "../model/load.js";
import { createNormalizer } from "../preprocess/index.js";
import { classifierFromModel } from "../runtime/classifier.js";
import { instantiateCore } from "../runtime/core.js";
import { Engine } from "../runtime/engine.js";
import { coreFileUrl, loadCoreModule } from "../runtime/node-core.js";
import { benchArgs } from "./args.js";
import { machine } from "./machine.js";
import { percentile, table } from "./table.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const USAGE = `Usage: npm run bench:speed -- [options]

Times model loading, one classification (float32 weights and int8 kept as int8), memory over
many calls, the WebAssembly core's size and the CLI on 100,000 tickets (beside fastText when
installed).

  --model FILE         the model to time (default ../shared/reference/seed-model.json)
  --goldens FILE       the tickets to time it on (default ../shared/reference/seed-goldens.jsonl)
  --data-dir DIR       the datasets (default ../shared/datasets)
  --memory-runs N      classifications in the memory check (default 1000000)
  --out FILE           where the JSON goes (default bench/results/speed.json)
  -h, --help           this text
`;
const { values: args } = benchArgs("bench:speed", USAGE, () =>
  parseArgs({
    options: {
      model: { type: "string", default: join(ROOT, "../shared/reference/seed-model.json") },
      goldens: { type: "string", default: join(ROOT, "../shared/reference/seed-goldens.jsonl") },
      "data-dir": { type: "string", default: join(ROOT, "../shared/datasets") },
      out: { type: "string", default: join(ROOT, "bench/results/speed.json") },
      "memory-runs": { type: "string", default: "1000000" },
      help: { type: "boolean", short: "h" },
    },
  }),
);

const log = (s: string) => process.stderr.write(`${s}\n`);
const us = (ms: number) => Number((ms * 1000).toFixed(2));

const texts = readFileSync(args.goldens, "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as { id: string; text: string })
  .filter((g) => g.id !== "edge-long-20k")
  .map((g) => g.text);

// --- model load ------------------------------------------------------------------------------
log(`model: ${relative(process.cwd(), args.model)}`);
const coldScript = `
  const t0 = performance.now();
  const { createClassifier } = await import(${JSON.stringify(join(ROOT, "lib/index.js"))});
  const t1 = performance.now();
  await createClassifier({ model: ${JSON.stringify(args.model)} });
  const t2 = performance.now();
  console.log(JSON.stringify({ import_ms: t1 - t0, load_ms: t2 - t1 }));`;
const cold = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", coldScript], { encoding: "utf8" })) as { import_ms: number; load_ms: number });
const coldLoad = cold.map((c) => c.load_ms).sort((a, b) => a - b);
const coldImport = cold.map((c) => c.import_ms).sort((a, b) => a - b);

const { module, variant } = await loadCoreModule();
const modelText = readFileSync(args.model, "utf8");
const warmLoads: number[] = [];
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  classifierFromModel(loadModel(parseModelJson(readFileSync(args.model, "utf8"))), { core: module, variant });
  warmLoads.push(performance.now() - t0);
}
warmLoads.sort((a, b) => a - b);

// --- per-ticket latency ----------------------------------------------------------------------
const model = await loadModelFile(args.model);
const classifier = classifierFromModel(model, { core: module, variant });
const int8Classifier = classifierFromModel(model, { core: module, variant, keepInt8: true });

function latency(fn: (t: string) => unknown, rounds: number) {
  for (let r = 0; r < 200; r++) for (const t of texts) fn(t); // warm-up
  const samples = new Float64Array(rounds * texts.length);
  let k = 0;
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      fn(t);
      samples[k++] = Number(process.hrtime.bigint() - t0) / 1e6;
    }
  }
  samples.sort();
  // Throughput without per-call timers.
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) fn(t);
  const perTicket = (performance.now() - t0) / (rounds * texts.length);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), mean: perTicket, per_s: Math.round(1000 / perTicket) };
}

log("measuring per-ticket latency…");
const labels = new Int32Array(classifier.info.heads.length);
const full = latency((t) => classifier.classify(t), 250);
const labelsOnly = latency((t) => classifier.labelIndices(t, labels), 250);
const int8Full = latency((t) => int8Classifier.classify(t), 250);

// Share of preprocessing + features vs the WASM core, measured phase by phase.
const normalize = createNormalizer(model.preprocess);
const extractor = new FeatureExtractor(model.features, model.embedding.cols, tokenCharTable(model.preprocess.mode), model.preprocess.negation?.mark ?? null);
const engine = new Engine(instantiateCore(module), model, extractor.maxActive, extractor.layout.embedding);
const normalized = texts.map(normalize);
const counts = normalized.map((n) => ({ ...extractor.extract(n, engine.buffers) }));
const phase = (fn: (i: number) => void) => {
  for (let r = 0; r < 200; r++) for (let i = 0; i < texts.length; i++) fn(i);
  const t0 = performance.now();
  for (let r = 0; r < 500; r++) for (let i = 0; i < texts.length; i++) fn(i);
  return (performance.now() - t0) / (500 * texts.length);
};
const tNormalize = phase((i) => normalize(texts[i]!));
const tExtract = phase((i) => extractor.extract(normalized[i]!, engine.buffers));
const tForward = phase((i) => engine.forward(counts[i]!.active, counts[i]!.embeddingRows));
const tResult = full.mean - tNormalize - tExtract - tForward;

// A 1 MB ticket: truncated to the documented limit, in bounded time.
const huge = "my refund is late and the app is broken ".repeat(26_000);
for (let i = 0; i < 5; i++) classifier.classify(huge);
const hugeTimes = Array.from({ length: 20 }, () => {
  const t0 = performance.now();
  classifier.classify(huge);
  return performance.now() - t0;
}).sort((a, b) => a - b);

// --- memory ----------------------------------------------------------------------------------
const memoryRuns = Number(args["memory-runs"]);
log(`classifying ${memoryRuns.toLocaleString("en-US")} tickets for the memory check…`);
const gc = (globalThis as { gc?: () => void }).gc;
for (let i = 0; i < 100_000; i++) classifier.classify(texts[i % texts.length]!);
gc?.();
const before = process.memoryUsage();
for (let i = 0; i < memoryRuns; i++) classifier.classify(texts[i % texts.length]!);
gc?.();
const after = process.memoryUsage();
const mib = (b: number) => Number((b / 2 ** 20).toFixed(1));

// --- sizes -----------------------------------------------------------------------------------
const wasm = (["simd", "scalar"] as const).map((v) => {
  const bytes = readFileSync(coreFileUrl(v));
  return { variant: v, bytes: bytes.length, gzip_bytes: gzipSync(bytes, { level: 9 }).length };
});

// --- batch CLI vs fastText -------------------------------------------------------------------
log("batch throughput: 100,000 tickets through the CLI…");
const dir = mkdtempSync(join(tmpdir(), "tinytriage-bench-"));
const jsonl = join(dir, "tickets.jsonl");
const plain = join(dir, "tickets.txt");
const N = 100_000;
const clean = texts.filter((t) => t.length < 300).map((t) => t.replace(/[\r\n]+/g, " "));
writeFileSync(jsonl, Array.from({ length: N }, (_, i) => JSON.stringify({ id: i, text: clean[i % clean.length] })).join("\n") + "\n");
writeFileSync(plain, Array.from({ length: N }, (_, i) => clean[i % clean.length]).join("\n") + "\n");

function timeProcess(cmd: string, argv: string[], runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, argv, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed: ${r.stderr}`);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
const cliMs = timeProcess(process.execPath, [join(ROOT, "bin/tinytriage.js"), "classify", "--input", jsonl, "--format", "tsv", "--output", "/dev/null", "--quiet", "--model", args.model]);

let fasttext: { lines_per_s: number; seconds: number; model_bytes: number; note: string } | null = null;
const hasFasttext = spawnSync("fasttext", [], { stdio: "ignore" }).error === undefined;
const bankingTrain = join(args["data-dir"], "banking77/train.csv");
if (hasFasttext && existsSync(bankingTrain)) {
  log("fastText: training a small model on BANKING77 for the comparison…");
  const { parse } = await import("csv-parse/sync");
  const rows = parse(readFileSync(bankingTrain), { columns: true }) as { text: string; category: string }[];
  const trainFile = join(dir, "ft-train.txt");
  writeFileSync(trainFile, rows.map((r) => `__label__${r.category} ${r.text.toLowerCase().replace(/\s+/g, " ")}`).join("\n") + "\n");
  execFileSync("fasttext", ["supervised", "-input", trainFile, "-output", join(dir, "ft"), "-dim", "32", "-epoch", "10", "-verbose", "0", "-thread", "1"]);
  const ftMs = timeProcess("fasttext", ["predict-prob", join(dir, "ft.bin"), plain, "3"]);
  fasttext = { lines_per_s: Math.round(N / (ftMs / 1000)), seconds: Number((ftMs / 1000).toFixed(3)), model_bytes: statSync(join(dir, "ft.bin")).size, note: "fasttext predict-prob MODEL FILE 3 (BANKING77 model, dim 32), plain-text input, whole process" };
} else {
  log("fastText: the fasttext command is not installed (apt-get install fasttext); skipping the comparison");
}

// --- report ----------------------------------------------------------------------------------
const results = {
  machine: machine(),
  model: relative(ROOT, args.model),
  core: variant,
  inputs: texts.length,
  classify_full_result_us: { p50: us(full.p50), p99: us(full.p99), mean: us(full.mean), tickets_per_s: full.per_s },
  labels_only_us: { p50: us(labelsOnly.p50), p99: us(labelsOnly.p99), mean: us(labelsOnly.mean), tickets_per_s: labelsOnly.per_s },
  classify_int8_kernels_us: { p50: us(int8Full.p50), p99: us(int8Full.p99), mean: us(int8Full.mean), tickets_per_s: int8Full.per_s },
  phases_us: { normalize: us(tNormalize), features: us(tExtract), wasm_core: us(tForward), result_object: us(Math.max(0, tResult)) },
  preprocessing_share: Number(((tNormalize + tExtract) / full.mean).toFixed(3)),
  wasm_core_share: Number((tForward / full.mean).toFixed(3)),
  model_load_ms: {
    cold_median: Number(coldLoad[2]!.toFixed(1)),
    cold_import_median: Number(coldImport[2]!.toFixed(1)),
    warm_median: Number(percentile(warmLoads, 50).toFixed(1)),
    model_file_bytes: Buffer.byteLength(modelText),
  },
  huge_ticket_ms: { bytes: huge.length, median: Number(percentile(hugeTimes, 50).toFixed(2)), max: Number(hugeTimes.at(-1)!.toFixed(2)) },
  wasm,
  memory_after_classifications: {
    runs: memoryRuns,
    gc_exposed: gc !== undefined,
    rss_mib_before: mib(before.rss),
    rss_mib_after: mib(after.rss),
    heap_used_mib_before: mib(before.heapUsed),
    heap_used_mib_after: mib(after.heapUsed),
  },
  batch_cli: { lines: N, seconds: Number((cliMs / 1000).toFixed(3)), lines_per_s: Math.round(N / (cliMs / 1000)), command: "tinytriage classify --input FILE.jsonl --format tsv (whole process, median of 5)" },
  fasttext,
  reference_engine_documented: { per_ticket_us: 120, preprocessing_us: 35, model_load_ms: 60 },
};
mkdirSync(join(ROOT, "bench/results"), { recursive: true });
writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);

const m = results.machine;
console.log(`\ntinytriage speed — ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${variant} core\n`);
console.log(
  table(
    ["measure", "value", "target / peer"],
    [
      ["classify (full result) p50", `${results.classify_full_result_us.p50} µs`, "≤ 4 µs; reference engine ~120 µs"],
      ["classify (full result) p99", `${results.classify_full_result_us.p99} µs`, ""],
      ["classify throughput", `${full.per_s.toLocaleString("en-US")} /s`, ""],
      ["labels only p50", `${results.labels_only_us.p50} µs`, ""],
      ["classify on int8 kernels p50", `${results.classify_int8_kernels_us.p50} µs`, ""],
      ["preprocess + features", `${us(tNormalize + tExtract)} µs (${(results.preprocessing_share * 100).toFixed(0)}%)`, "reference ~35 µs"],
      ["WASM core", `${us(tForward)} µs (${(results.wasm_core_share * 100).toFixed(0)}%)`, ""],
      ["result object", `${us(Math.max(0, tResult))} µs`, ""],
      ["model load, warm (median)", `${results.model_load_ms.warm_median} ms`, "≤ 25 ms; reference ~60 ms"],
      ["model load, new process (median)", `${results.model_load_ms.cold_median} ms`, ""],
      ["1 MB ticket (median)", `${results.huge_ticket_ms.median} ms`, "≤ 5 ms"],
      ["core-simd.wasm", `${wasm[0]!.bytes} B (${wasm[0]!.gzip_bytes} B gz)`, "≤ 16 KB"],
      ["core-scalar.wasm", `${wasm[1]!.bytes} B (${wasm[1]!.gzip_bytes} B gz)`, ""],
      [`RSS before → after ${memoryRuns.toLocaleString("en-US")}`, `${results.memory_after_classifications.rss_mib_before} → ${results.memory_after_classifications.rss_mib_after} MiB`, "flat"],
      ["heap used before → after", `${results.memory_after_classifications.heap_used_mib_before} → ${results.memory_after_classifications.heap_used_mib_after} MiB`, "flat"],
      ["CLI batch, 100k tickets (tsv)", `${results.batch_cli.lines_per_s.toLocaleString("en-US")} lines/s (${results.batch_cli.seconds} s)`, fasttext ? `fastText ${fasttext.lines_per_s.toLocaleString("en-US")} lines/s (${fasttext.seconds} s)` : "fastText not installed"],
    ],
  ),
);
console.log(`\nwrote ${args.out}`);
