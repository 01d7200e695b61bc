// Training end to end on a small subset: a sanity accuracy, byte-identical output for the same
// data, config and seed, and the train / eval commands with their reports.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toTinytriageJson } from "../src/model/format.js";
import { parseConfig } from "../src/train/config.js";
import { NEGATED_REQUESTS } from "../src/train/negated-requests.js";
import { runTraining, type TrainingRun } from "../src/train/run-training.js";
import { coreModule } from "./helpers/core.js";
import { CLI, ROOT, SHARED } from "./helpers/paths.js";

const DATA = `${SHARED}datasets`;
const SMALL = {
  seed: 42,
  data_dir: DATA,
  sources: [
    { type: "bitext", limit: 3000 },
    { type: "tweet_eval", limit: 2000, weight: 0.5 },
  ],
  synthetic: { count: 3000 },
  features: { bow_size: 1500, buckets: 2048, embedding_size: 500 },
  training: { epochs: 6 },
} as const;
const quiet = () => {};
const dir = mkdtempSync(join(tmpdir(), "tinytriage-train-"));

describe("training on a small subset", () => {
  let run: TrainingRun;
  beforeAll(async () => {
    run = await runTraining(parseConfig(SMALL), coreModule("simd"), quiet);
  });

  it("reaches a sanity accuracy on its held-out test split", () => {
    expect(run.testInt8.heads.intent!.accuracy).toBeGreaterThan(0.85);
    expect(run.testInt8.heads.department!.accuracy).toBeGreaterThan(0.85);
    expect(run.testInt8.heads.sentiment!.count).toBeGreaterThan(100);
  });

  it("loses little to int8 quantization", () => {
    for (const h of Object.keys(run.testInt8.heads)) {
      expect(Math.abs(run.testInt8.heads[h]!.accuracy - run.testFloat32.heads[h]!.accuracy)).toBeLessThanOrEqual(0.01);
    }
  });

  it("records config, data summary and metrics in the metadata, and no timings", () => {
    const m = run.int8.metadata as Record<string, any>;
    expect(m.seed).toBe(42);
    expect(m.training_config.sources).toHaveLength(2);
    expect(m.data.split.train).toBeGreaterThan(0);
    expect(m.metrics.test.intent.accuracy).toBeGreaterThan(0.85);
    expect(JSON.stringify(m)).not.toMatch(/seconds/);
  });

  it("writes the same bytes for the same data, config and seed", async () => {
    const again = await runTraining(parseConfig(SMALL), coreModule("simd"), quiet);
    expect(JSON.stringify(toTinytriageJson(again.int8))).toBe(JSON.stringify(toTinytriageJson(run.int8)));
    expect(JSON.stringify(toTinytriageJson(again.float32))).toBe(JSON.stringify(toTinytriageJson(run.float32)));
  });

  it("marks negated requests by default and learns the marked words; the config can turn it off", async () => {
    expect(run.int8.preprocess.negation).toEqual(NEGATED_REQUESTS);
    expect(run.int8.features.bowVocab).toContain("not_want");
    const off = await runTraining(parseConfig({ ...SMALL, features: { ...SMALL.features, mark_negated_requests: false }, training: { epochs: 1 } }), coreModule("simd"), quiet);
    expect(off.int8.preprocess.negation).toBeNull();
    expect(off.int8.features.bowVocab.some((w) => w.startsWith("not_"))).toBe(false);
  });

  it("drops embedding tokens at training.token_dropout (default 0.2); 0 trains without it; out-of-range values name the field", async () => {
    expect(parseConfig({}).training.token_dropout).toBe(0.2);
    const one = { ...SMALL, training: { epochs: 1 } };
    const withDropout = await runTraining(parseConfig(one), coreModule("simd"), quiet);
    const without = await runTraining(parseConfig({ ...one, training: { epochs: 1, token_dropout: 0 } }), coreModule("simd"), quiet);
    expect((without.int8.metadata as Record<string, any>).training_config.training.token_dropout).toBe(0);
    expect(JSON.stringify(toTinytriageJson(without.int8))).not.toBe(JSON.stringify(toTinytriageJson(withDropout.int8)));
    for (const bad of [-0.1, 0.96, "0.2"]) expect(() => parseConfig({ training: { token_dropout: bad } })).toThrow(/training\.token_dropout/);
  });

  it("a different seed gives a different model", async () => {
    const other = await runTraining(parseConfig({ ...SMALL, seed: 7, training: { epochs: 1 } }), coreModule("simd"), quiet);
    expect(JSON.stringify(toTinytriageJson(other.int8))).not.toBe(JSON.stringify(toTinytriageJson(run.int8)));
  });
});

describe("train and eval commands", () => {
  it("train writes a model and a self-contained HTML report; eval reads a gold set", () => {
    const config = join(dir, "config.json");
    writeFileSync(config, JSON.stringify({ ...SMALL, training: { epochs: 2 } }));
    const out = join(dir, "model.json");
    const r = spawnSync(process.execPath, [CLI, "train", "--config", config, "--out", out, "--quiet"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/epoch 1\/2 +loss [\d.]+ +validation: department [\d.]+%/);
    expect(r.stderr).toMatch(/bitext\/train: \d+ read, \d+ kept/);
    expect(r.stdout).toMatch(/test int8/);
    const model = JSON.parse(readFileSync(out, "utf8"));
    expect(model.format).toBe("tinytriage-model");
    expect(model.layers[0].weight.dtype).toBe("i8");
    const html = readFileSync(join(dir, "model.eval.html"), "utf8");
    expect(html).toMatch(/<svg/);
    expect(html).not.toMatch(/<script|src=|href=|@import|url\(/);

    const e = spawnSync(process.execPath, [CLI, "eval", "--model", out, "--data", `${ROOT}data/hand-labelled-tickets.jsonl`, "--out", join(dir, "gold")], { encoding: "utf8" });
    expect(e.status, e.stderr).toBe(0);
    expect(e.stdout).toMatch(/intent +\d+\.\d% +0\.\d{3} +6084/);
    expect(e.stdout).toMatch(/intent: confusion/);
    const report = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));
    expect(report.by_tag.hinglish.intent.count).toBeGreaterThan(5);
    expect(report.by_source["batch-3"].intent.count).toBe(30);
    // Natural order; batches 17, 21, 25, 26, 30, 38–41, 85, 90 and 91 are the gold set (bench/gold), never trained on.
    const trained = Array.from({ length: 163 }, (_, i) => i + 1).filter((b) => ![17, 21, 25, 26, 30, 38, 39, 40, 41, 85, 90, 91].includes(b));
    expect(Object.keys(report.by_source)).toEqual(trained.map((b) => `batch-${b}`));
    expect(e.stdout).toMatch(/by source[\s\S]*batch-1 +80 /);
    expect(readFileSync(join(dir, "gold.html"), "utf8")).toMatch(/By tag/);
  });

  it("a bad config is a usage error naming the field", () => {
    const config = join(dir, "bad.json");
    writeFileSync(config, JSON.stringify({ training: { epochs: "many" } }));
    const r = spawnSync(process.execPath, [CLI, "train", "--config", config], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/training\.epochs/);
  });
});

describe("development benchmark", () => {
  const BENCH = `${ROOT}lib/bench/development.js`;
  /** A small, quick config training with the hand-labelled tickets (a few seconds a model). */
  const smallConfig = (name: string) => {
    const config = join(dir, name);
    writeFileSync(config, JSON.stringify({ data_dir: DATA, sources: [{ type: "bitext", limit: 2000 }, { type: "hand_labelled", weight: 20, holdout: false }], synthetic: { count: 2000 }, features: { bow_size: 800, buckets: 1024, embedding_size: 300 }, training: { epochs: 3 } }));
    return config;
  };

  it("holds development batches out of the hand-labelled tickets and scores each seed on them", () => {
    const config = smallConfig("dev-config.json");
    const out = join(dir, "development.json");
    const r = spawnSync(process.execPath, [BENCH, "--config", config, "--seeds", "1,2", "--dev", "11-12", "--out", out], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/development: 80 tickets of 2 batches held out, 6004 hand-labelled tickets in training, 2 seeds/);
    expect(r.stdout).toMatch(/mean +[\d.]+ +[\d.]+/);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.dev_batches).toEqual(["batch-11", "batch-12"]);
    expect(Object.keys(report.intent_by_batch).sort()).toEqual(["batch-11", "batch-12"]);
    expect(Object.keys(report.seeds)).toEqual(["1", "2"]);
    for (const h of ["department", "sentiment", "lead_intent", "churn_risk", "intent"]) {
      expect(report.mean[h]).toBeCloseTo((report.seeds["1"][h] + report.seeds["2"][h]) / 2, 10);
      expect(report.mean[h]).toBeGreaterThan(0.3);
    }
  });

  it("cross-validates by batch: every hand-labelled ticket is scored once, by a model that never saw its batch", () => {
    const config = smallConfig("cv-config.json");
    const out = join(dir, "cv.json");
    const r = spawnSync(process.execPath, [BENCH, "--config", config, "--seeds", "1", "--folds", "3", "--out", out], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/cross-validation by batch: 151 batches in 3 folds, each scored by a model trained without it \(6084 tickets\), 1 seed/);
    expect(r.stdout).toMatch(/intent by batch, weakest first: \d+ [\d.]+/);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.protocol).toBe("cross-validation by batch");
    expect(report.scored_tickets).toBe(6084);
    const folds: string[][] = report.folds;
    expect(folds).toHaveLength(3);
    const all = folds.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(151);
    expect(folds[0]!.slice(0, 2)).toEqual(["batch-1", "batch-4"]);
    expect(Object.keys(report.intent_by_batch).sort()).toEqual([...all].sort());
    expect(report.mean.intent).toBeGreaterThan(0.2);
  });

  it("refuses --folds below 2, more folds than batches, and --folds with --dev", () => {
    for (const [flags, message] of [
      [["--folds", "1"], /--folds: expected a whole number of 2 or more, got "1"/],
      [["--folds", "152"], /--folds: 152 folds but .* has only 151 batches/],
      [["--folds", "4", "--dev", "11-12"], /--dev and --folds are two protocols; give one/],
    ] as const) {
      const r = spawnSync(process.execPath, [BENCH, "--seeds", "1", ...flags], { encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it("prints its usage on --help and names an unknown option, an unreadable --extra file or a bad --seed (so do bench:accuracy and bench:speed)", () => {
    for (const script of ["development", "accuracy", "speed"]) {
      const bench = `${ROOT}lib/bench/${script}.js`;
      const help = spawnSync(process.execPath, [bench, "--help"], { encoding: "utf8" });
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: npm run bench:${script} -- \\[options\\]`));
      expect(help.stdout).toMatch(/--out FILE/);
      const unknown = spawnSync(process.execPath, [bench, "--bogus"], { encoding: "utf8" });
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toMatch(new RegExp(`^bench:${script}: Unknown option '--bogus'`));
      expect(unknown.stderr).not.toMatch(/at parseArgs|node:internal/);
    }
    const extra = spawnSync(process.execPath, [BENCH, "--folds", "4", "--extra", join(dir, "missing.jsonl")], { encoding: "utf8" });
    expect(extra.status).toBe(2);
    expect(extra.stderr).toMatch(/bench:development: --extra: cannot read .*missing\.jsonl: ENOENT/);
    const only = spawnSync(process.execPath, [`${ROOT}lib/bench/accuracy.js`, "--only", "banking"], { encoding: "utf8" });
    expect(only.status).toBe(2);
    expect(only.stderr).toMatch(/bench:accuracy: --only: unknown dataset "banking" \(expected one of banking77, clinc150, tweet_eval_sentiment, bitext\)/);
    const seed = spawnSync(process.execPath, [`${ROOT}lib/bench/accuracy.js`, "--seed", "1.5"], { encoding: "utf8" });
    expect(seed.status).toBe(2);
    expect(seed.stderr).toMatch(/bench:accuracy: --seed: expected a whole number ≥ 0, got "1\.5"/);
  });

  it("names a batch the file does not have, a config without hand-labelled tickets, and reads the file a config names", () => {
    const missing = spawnSync(process.execPath, [BENCH, "--dev", "11,9999", "--seeds", "1"], { encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/has no batch-9999/);
    const config = join(dir, "no-hand-labelled.json");
    writeFileSync(config, JSON.stringify({ sources: [{ type: "bitext" }] }));
    const none = spawnSync(process.execPath, [BENCH, "--config", config], { encoding: "utf8" });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no hand_labelled source/);
    // A config whose hand_labelled source names its own file: the batches come from that file.
    const own = join(dir, "own-tickets.jsonl");
    writeFileSync(own, ['{"text":"refund pls","intent":"refund","source":"batch-1"}', '{"text":"app crashed","intent":"technical_issue","source":"batch-2"}', '{"text":"cut off mid-li'].join("\n"));
    const ownConfig = join(dir, "own-hand-labelled.json");
    writeFileSync(ownConfig, JSON.stringify({ sources: [{ type: "hand_labelled", path: own }] }));
    const folds = spawnSync(process.execPath, [BENCH, "--config", ownConfig, "--folds", "3"], { encoding: "utf8" });
    expect(folds.status).toBe(2);
    expect(folds.stderr).toContain(`${own}:3: not valid JSON, skipped`);
    expect(folds.stderr).toContain(`--folds: 3 folds but ${own} has only 2 batches`);
    expect(folds.stderr).not.toMatch(/SyntaxError|at JSON\.parse/);
    writeFileSync(ownConfig, JSON.stringify({ sources: [{ type: "hand_labelled", path: join(dir, "nowhere.jsonl") }] }));
    const unreadable = spawnSync(process.execPath, [BENCH, "--config", ownConfig], { encoding: "utf8" });
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toMatch(/bench:development: hand_labelled source: cannot read .*nowhere\.jsonl: ENOENT/);
  });
});
