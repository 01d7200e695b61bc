// Loading the configured sources into the house schema. The built-in datasets contribute their
// official training split to the training pool and their official test split to the public
// test set that a shipped model is checked against.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as v from "valibot";
import type { TrainConfig, SourceConfig } from "./config.js";
import { loadBanking77 } from "./datasets/banking77.js";
import { loadBitext } from "./datasets/bitext.js";
import { loadClinc150 } from "./datasets/clinc150.js";
import { loadParquet } from "./datasets/parquet.js";
import { SourceReport, type SourceRow } from "./datasets/report.js";
import { loadTicketFile } from "./datasets/tickets.js";
import { loadTweetEval } from "./datasets/tweet-eval.js";
import { derivedRandom, shuffle } from "./random.js";
import { DEFAULT_HEADS, HEAD_NAMES, type HouseRow } from "./schema/house-row.js";
import { applyMapping, BUILTIN_MAPPINGS, mappingSchema, type MappingTable } from "./schema/mapping.js";
import { fillRelatedHeads } from "./schema/rules.js";

/**
 * Real-style tickets written and labelled by hand to LABELS.md (typos, shorthand, Hinglish,
 * sarcasm, negation, long and multi-issue messages across industries), shipped with the package.
 */
export const HAND_LABELLED_TICKETS = "data/hand-labelled-tickets.jsonl";
const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The shipped hand-labelled file's non-empty lines, one ticket (JSON) each. */
export function handLabelledLines(): string[] {
  return readFileSync(join(PACKAGE_ROOT, HAND_LABELLED_TICKETS), "utf8").split("\n").filter((l) => l.trim() !== "");
}

export interface LoadedSources {
  /** Rows the split divides into train, validation and test. */
  pool: HouseRow[];
  /** Rows of sources with holdout: false, all for training. */
  trainOnly: HouseRow[];
  publicTest: HouseRow[];
  reports: SourceReport[];
}

function mappingFor(s: SourceConfig, fallback: string): MappingTable {
  const name = s.mapping ?? fallback;
  if (BUILTIN_MAPPINGS[name]) return BUILTIN_MAPPINGS[name]!;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(name, "utf8"));
  } catch (e) {
    throw new Error(`mapping table ${name}: ${(e as Error).message}`);
  }
  const r = v.safeParse(mappingSchema, json);
  if (!r.success) throw new Error(`mapping table ${name}: ${v.getDotPath(r.issues[0]) ?? ""} ${r.issues[0].message}`);
  return r.output;
}

function limit<T>(rows: T[], s: SourceConfig, seed: number): T[] {
  if (s.limit === undefined || rows.length <= s.limit) return rows;
  const copy = [...rows];
  shuffle(copy, derivedRandom(seed, `limit:${s.type}:${s.path ?? ""}`));
  return copy.slice(0, s.limit);
}

/** Rows of a ticket or corrections file: labels checked against the heads' label sets. */
function ticketRows(rows: SourceRow[], source: string, weight: number, report: SourceReport): { row: HouseRow; line: SourceRow }[] {
  const out: { row: HouseRow; line: SourceRow }[] = [];
  for (const r of rows) {
    const labels: Partial<Record<string, string>> = {};
    let bad: string | null = null;
    for (const [head, label] of Object.entries(r.labels ?? {})) {
      const allowed = (DEFAULT_HEADS as Record<string, readonly string[]>)[head];
      if (allowed && !allowed.includes(label)) bad = `unknown ${head} label "${label}" (expected ${allowed.join(", ")})`;
      else labels[head] = label;
    }
    if (bad) {
      report.rowsKept--;
      report.skip(r.file, r.line, bad);
      continue;
    }
    fillRelatedHeads(labels, r.text, false);
    out.push({ row: { text: r.text, labels, source, weight: weight * (r.weight ?? 1) }, line: r });
  }
  return out;
}

/**
 * Corrections: the later line wins when two disagree on a head for the same text, and the
 * disagreement is reported.
 */
function resolveCorrections(rows: { row: HouseRow; line: SourceRow }[], warn: (s: string) => void): HouseRow[] {
  const seen = new Map<string, { row: HouseRow; line: SourceRow }>();
  for (const { row, line } of rows) {
    const key = row.text.trim().toLowerCase();
    const prev = seen.get(key);
    if (prev) {
      for (const [head, label] of Object.entries(row.labels)) {
        const before = prev.row.labels[head];
        if (before !== undefined && before !== label) {
          warn(`${line.file}:${line.line}: contradicts line ${prev.line.line} for ${head} ("${before}" there, "${label}" here); the later line wins`);
        }
      }
      row.labels = { ...prev.row.labels, ...row.labels };
    }
    seen.set(key, { row, line });
  }
  return [...seen.values()].map((x) => x.row);
}

/** Built-in datasets whose labels reach the house schema through a mapping table. */
const MAPPED_DATASETS = { banking77: loadBanking77, clinc150: loadClinc150, bitext: loadBitext } as const;
const BUILT_IN = new Set([...Object.keys(MAPPED_DATASETS), "tweet_eval"]);

/** A missing file as "path: no such file", with where the built-in datasets are looked for. */
function missingFile(e: unknown, s: SourceConfig, dataDir: string): unknown {
  const err = e as NodeJS.ErrnoException;
  if (err?.code !== "ENOENT") return e;
  const hint = BUILT_IN.has(s.type) ? ` (the ${s.type} dataset is read from data_dir "${dataDir}"; set it in the config or pass --data-dir DIR)` : "";
  return new Error(`${err.path ?? s.path ?? s.type}: no such file${hint}`);
}

export async function loadSources(config: TrainConfig, warn: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): Promise<LoadedSources> {
  const pool: HouseRow[] = [];
  const trainOnly: HouseRow[] = [];
  const publicTest: HouseRow[] = [];
  const reports: SourceReport[] = [];
  const dir = (name: string) => join(config.data_dir, name);
  const report = (name: string) => {
    const r = new SourceReport(name, warn);
    reports.push(r);
    return r;
  };
  for (const s of config.sources) {
    const w = s.weight;
    const keep = (rows: HouseRow[]) => (s.holdout ? pool : trainOnly).push(...rows);
    try {
      switch (s.type) {
        case "banking77":
        case "clinc150":
        case "bitext": {
          const load = MAPPED_DATASETS[s.type];
          const m = mappingFor(s, s.type);
          const tr = report(`${s.type}/train`);
          keep(limit(applyMapping(load(dir(s.type), "train", tr), m, s.type, w, tr), s, config.seed));
          const te = report(`${s.type}/test`);
          publicTest.push(...applyMapping(load(dir(s.type), "test", te), m, s.type, 1, te));
          break;
        }
        case "tweet_eval": {
          const toRows = (rows: SourceRow[], weight: number): HouseRow[] => rows.map((r) => ({ text: r.text, labels: { sentiment: r.label }, source: "tweet_eval", weight }));
          keep(toRows(limit(loadTweetEval(dir("tweet_eval_sentiment"), "train", report("tweet_eval/train")), s, config.seed), w));
          publicTest.push(...toRows(loadTweetEval(dir("tweet_eval_sentiment"), "test", report("tweet_eval/test")), 1));
          break;
        }
        case "parquet": {
          if (!s.path) throw new Error(`a parquet source needs a "path"`);
          const m = mappingFor(s, "");
          const r = report(s.path);
          keep(limit(applyMapping(await loadParquet(s.path, {}, r), m, `parquet:${m.source}`, w, r), s, config.seed));
          break;
        }
        case "hand_labelled":
        case "tickets":
        case "corrections": {
          // The shipped file is reported by its place in the package, not this machine's path.
          const name = s.path ?? (s.type === "hand_labelled" ? HAND_LABELLED_TICKETS : undefined);
          if (!name) throw new Error(`a ${s.type} source needs a "path"`);
          const path = s.path ?? join(PACKAGE_ROOT, name);
          const r = report(name);
          const pairs = ticketRows(loadTicketFile(path, { heads: HEAD_NAMES }, r), s.type, w, r);
          const rows = s.type === "corrections" ? resolveCorrections(pairs, warn) : pairs.map((p) => p.row);
          keep(limit(rows, s, config.seed));
          break;
        }
      }
    } catch (e) {
      throw missingFile(e, s, config.data_dir);
    }
  }
  return { pool, trainOnly, publicTest, reports };
}
