// `tinytriage bench`: the local model next to hosted LLMs on the same gold set.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { loadModelFile } from "../index.js";
import { readGold } from "../bench/gold.js";
import { htmlReport, summarize, textTable, type Prices, type TargetReport } from "../bench/llm-report.js";
import { anthropicTarget } from "../bench/providers/anthropic.js";
import { geminiTarget } from "../bench/providers/gemini.js";
import { localTarget } from "../bench/providers/local.js";
import { openaiTarget } from "../bench/providers/openai.js";
import type { HeadSpec, Target } from "../bench/providers/types.js";
import { runTarget, type CaseResult } from "../bench/runner.js";
import { classifierFromModel } from "../runtime/classifier.js";
import { loadCoreModule } from "../runtime/node-core.js";
import { displayPath, resolveModelPath } from "./default-model.js";
import { UsageError } from "./usage-error.js";

export const BENCH_HELP = `Usage:
  tinytriage bench --gold FILE --targets local,openai:MODEL,anthropic:MODEL,gemini:MODEL [options]

Compares this classifier with hosted models on a gold set (JSONL: "text", any of the heads,
optional "id" and "tags"). Hosted targets read their keys from the environment
(OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY); a target without a key is skipped.
OPENAI_BASE_URL points openai:… at any server that speaks Chat Completions (llama.cpp, vLLM).

Options:
  --model PATH        the model whose heads and labels are asked for (default: the shipped one)
  --concurrency N     requests in flight per hosted target (default: 8 OpenAI, 4 others)
  --timeout S         seconds per request (default 60)
  --retries N         retries on 429, 5xx and timeouts (default 4)
  --out DIR           report.json, report.html and cases.jsonl go here (default bench/results/llm)
  --include-cases     write every case's answer to DIR/cases.jsonl
  --resume FILE       skip cases a previous cases.jsonl already answered
  --prices FILE       {"openai:MODEL": {"input_per_million": …, "output_per_million": …}, …}
  --quiet             no progress bar
`;

function positive(v: string | undefined, name: string, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} must be a positive number, got "${v}"`);
  return n;
}

export async function benchCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: "string" },
      targets: { type: "string", default: "local" },
      model: { type: "string" },
      concurrency: { type: "string" },
      timeout: { type: "string" },
      retries: { type: "string" },
      out: { type: "string", default: "bench/results/llm" },
      "include-cases": { type: "boolean", default: false },
      resume: { type: "string" },
      prices: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(BENCH_HELP);
    return 0;
  }
  if (!values.gold) throw new UsageError("--gold FILE is required");
  const modelPath = resolveModelPath(values.model);
  const model = await loadModelFile(modelPath);
  const heads: HeadSpec[] = model.heads.map((h) => ({ name: h.name, labels: h.labels, ...(h.labelDescriptions ? { descriptions: h.labelDescriptions } : {}) }));
  const gold = readGold(values.gold, heads.map((h) => h.name));
  if (gold.length === 0) throw new UsageError(`${values.gold}: no usable cases`);
  const prices: Prices = values.prices ? (JSON.parse(readFileSync(values.prices, "utf8")) as Prices) : {};
  const { module } = await loadCoreModule();

  const targets: Target[] = [];
  for (const spec of values.targets.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [kind, ...rest] = spec.split(":");
    const name = rest.join(":");
    if (kind !== "local" && !name) throw new UsageError(`target "${spec}" needs a model name, e.g. ${kind}:MODEL`);
    const made =
      kind === "local" ? localTarget(classifierFromModel(model, { core: module })) :
      kind === "openai" ? openaiTarget(name, heads, process.env) :
      kind === "anthropic" ? anthropicTarget(name, heads, process.env) :
      kind === "gemini" ? geminiTarget(name, heads, process.env) :
      null;
    if (made === null) throw new UsageError(`unknown target "${spec}" (local, openai:MODEL, anthropic:MODEL, gemini:MODEL)`);
    if (typeof made === "string") process.stderr.write(`skipping ${spec}: ${made}\n`);
    else targets.push(made);
  }

  const previous = new Map<string, CaseResult[]>();
  if (values.resume && existsSync(values.resume)) {
    for (const line of readFileSync(values.resume, "utf8").split("\n")) {
      if (!line.trim()) continue;
      try {
        const r = JSON.parse(line) as CaseResult;
        if (r.labels) previous.set(r.target, [...(previous.get(r.target) ?? []), r]);
      } catch {
        // A half-written last line of an interrupted run: that case runs again.
      }
    }
  }
  mkdirSync(values.out, { recursive: true });
  const casesFile = join(values.out, "cases.jsonl");
  if (values["include-cases"] && values.resume !== casesFile) writeFileSync(casesFile, "");
  const reports: TargetReport[] = [];
  for (const target of targets) {
    const done = previous.get(target.id) ?? [];
    const skip = new Set(done.map((r) => r.id));
    const bar = values.quiet || !process.stderr.isTTY ? null : new cliProgress.SingleBar({ format: `${target.id} [{bar}] {value}/{total} | ETA {eta_formatted}`, stream: process.stderr }, cliProgress.Presets.shades_classic);
    bar?.start(gold.length - skip.size, 0);
    const { results, seconds } = await runTarget(target, gold, {
      ...(values.concurrency ? { concurrency: positive(values.concurrency, "--concurrency", 1) } : {}),
      timeoutMs: positive(values.timeout, "--timeout", 60) * 1000,
      retries: Math.floor(positive(values.retries, "--retries", 4)),
      baseDelayMs: 500,
      maxDelayMs: 20_000,
      skip,
      onCase: (r) => {
        bar?.increment();
        if (values["include-cases"]) appendFileSync(casesFile, `${JSON.stringify(r)}\n`);
      },
    });
    bar?.stop();
    if (skip.size > 0) process.stderr.write(`${target.id}: ${skip.size} cases answered in ${values.resume}, ${results.length} run now\n`);
    reports.push(summarize(target.id, heads, gold, [...done, ...results], seconds, prices));
  }
  const title = `tinytriage vs hosted models: ${values.gold} (${gold.length} tickets)`;
  writeFileSync(join(values.out, "report.json"), `${JSON.stringify({ gold: values.gold, model: displayPath(modelPath), reports }, null, 2)}\n`);
  writeFileSync(join(values.out, "report.html"), htmlReport(reports, heads, title));
  console.log(`${title}\n\n${textTable(reports, heads)}\n\nwrote ${join(values.out, "report.json")} and report.html`);
  return 0;
}
