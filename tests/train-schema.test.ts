// Mapping tables, label rules, parquet input, corrections, synthetic data and the split.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/train/config.js";
import { loadParquet } from "../src/train/datasets/parquet.js";
import { SourceReport } from "../src/train/datasets/report.js";
import { DEFAULT_HEADS, HEAD_NAMES } from "../src/train/schema/house-row.js";
import { applyMapping, BUILTIN_MAPPINGS } from "../src/train/schema/mapping.js";
import { DEPARTMENT_OF_INTENT, fillRelatedHeads, isCalm } from "../src/train/schema/rules.js";
import { loadSources } from "../src/train/sources.js";
import { stratifiedSplit } from "../src/train/split.js";
import { composeSynthetic } from "../src/train/synth/compose.js";
import { generateSynthetic } from "../src/train/synth/generate.js";
import { ASKS, HOSTILE, POSITIVE, PROSPECT, REPORTS, SARCASM_CLOSERS, THREAT } from "../src/train/synth/phrases.js";
import { SHARED } from "./helpers/paths.js";

const DATA = `${SHARED}datasets`;
const dir = mkdtempSync(join(tmpdir(), "tinytriage-schema-"));

describe("mapping tables", () => {
  const sourceLabels: Record<string, string[]> = {
    banking77: JSON.parse(readFileSync(`${DATA}/banking77/categories.json`, "utf8")) as string[],
    clinc150: [...Object.values(JSON.parse(readFileSync(`${DATA}/clinc150/domains.json`, "utf8")) as Record<string, string[]>).flat(), "oos"],
    bitext: [...new Set(readFileSync(`${DATA}/bitext/customer_support_20k.csv`, "utf8").trim().split("\n").slice(1).map((l) => l.split(",").at(-1)!.trim()))],
  };

  it.each(Object.keys(sourceLabels))("%s: every source label is mapped or explicitly dropped", (name) => {
    const table = BUILTIN_MAPPINGS[name]!;
    const missing = sourceLabels[name]!.filter((l) => table.labels[l] === undefined);
    expect(missing).toEqual([]);
    for (const [label, entry] of Object.entries(table.labels)) {
      if ("drop" in entry) expect(entry.drop.length, `${label} needs a reason`).toBeGreaterThan(5);
      else expect(DEFAULT_HEADS.intent, label).toContain(entry.intent);
    }
  });

  it("reports a label missing from the table and keeps going", () => {
    const lines: string[] = [];
    const report = new SourceReport("x", (l) => lines.push(l));
    report.rowsKept = 2;
    const rows = applyMapping(
      [
        { text: "I want a refund", label: "request_refund", file: "f.csv", line: 2 },
        { text: "hello", label: "no_such_label", file: "f.csv", line: 3 },
      ],
      BUILTIN_MAPPINGS.banking77!,
      "banking77",
      1,
      report,
    );
    expect(rows).toHaveLength(1);
    expect(lines).toEqual(['f.csv:3: label "no_such_label" is not in the banking77 mapping table']);
  });
});

describe("label rules (LABELS.md)", () => {
  it("routes every intent to its department", () => {
    for (const intent of DEFAULT_HEADS.intent) expect(DEFAULT_HEADS.department).toContain(DEPARTMENT_OF_INTENT[intent]);
  });

  it("fills department and lead intent from the intent, and never guesses where unsafe", () => {
    const refund: Record<string, string | undefined> = { intent: "refund" };
    fillRelatedHeads(refund, "I want my money back", true);
    expect(refund).toEqual({ intent: "refund", department: "billing", lead_intent: "low", sentiment: "neutral", churn_risk: "low" });
    const query: Record<string, string | undefined> = { intent: "general_query" };
    fillRelatedHeads(query, "Why is this STILL not working?!", true);
    expect(query).toEqual({ intent: "general_query", department: "general" });
    const cancel: Record<string, string | undefined> = { intent: "cancellation" };
    fillRelatedHeads(cancel, "please cancel", true);
    expect(cancel.churn_risk).toBeUndefined();
  });

  it("tells calm text from heated text", () => {
    expect(isCalm("How do I change my PIN?")).toBe(true);
    for (const t of ["Where is my card!", "this is fucking ridiculous", "WHY IS THIS BROKEN", "still waiting for my card"]) expect(isCalm(t)).toBe(false);
  });

  it("maps the real sources: labels valid, unsafe heads left empty", async () => {
    const { pool, publicTest, reports } = await loadSources(parseConfig({ data_dir: DATA, sources: [{ type: "banking77" }, { type: "bitext" }, { type: "clinc150" }] }), () => {});
    expect(pool.length).toBeGreaterThan(25_000);
    expect(publicTest.length).toBeGreaterThan(7_000);
    for (const r of pool) {
      for (const [head, label] of Object.entries(r.labels)) expect((DEFAULT_HEADS as Record<string, readonly string[]>)[head]).toContain(label);
    }
    expect(pool.filter((r) => r.labels.intent === "general_query" && r.labels.lead_intent === undefined).length).toBeGreaterThan(0);
    expect(reports.map((r) => r.source)).toEqual(["banking77/train", "banking77/test", "bitext/train", "bitext/test", "clinc150/train", "clinc150/test"]);
  });
});

describe("Hugging Face parquet", () => {
  it("reads text and integer labels named by the file's ClassLabel metadata", async () => {
    const file = join(dir, "train.parquet");
    const names = ["card_arrival", "request_refund"];
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: "text", data: ["where is my card", "refund please", ""], type: "STRING" },
        { name: "label", data: [0n, 1n, 1n], type: "INT64" },
      ],
      kvMetadata: [{ key: "huggingface", value: JSON.stringify({ info: { features: { text: { dtype: "string" }, label: { names } } } }) }],
    });
    writeFileSync(file, Buffer.from(buffer));
    const lines: string[] = [];
    const rows = await loadParquet(file, {}, new SourceReport(file, (l) => lines.push(l)));
    expect(rows.map((r) => [r.text, r.label])).toEqual([["where is my card", "card_arrival"], ["refund please", "request_refund"]]);
    expect(lines).toEqual([`${file}:3: empty or missing text`]);
  });

  it("rejects a file that is not parquet", async () => {
    const file = join(dir, "not.parquet");
    writeFileSync(file, "text,label\n");
    await expect(loadParquet(file)).rejects.toThrow(/not a parquet file/);
  });
});

describe("corrections", () => {
  it("boost weight, later line wins on contradictions, a half-written last line is skipped", async () => {
    const file = join(dir, "corrections.jsonl");
    writeFileSync(file, ['{"text":"Refund my order","intent":"refund","timestamp":"2026-01-01"}', '{"text":"app broken","intent":"technical_issue","sentiment":"negative"}', '{"text":"refund my order","intent":"billing_issue"}', '{"text":"where is it","inte'].join("\n"));
    const lines: string[] = [];
    const { pool } = await loadSources(parseConfig({ data_dir: DATA, sources: [{ type: "corrections", path: file, weight: 3 }] }), (l) => lines.push(l));
    expect(pool).toHaveLength(2);
    expect(pool.find((r) => r.text === "refund my order")!.labels.intent).toBe("billing_issue");
    expect(pool.every((r) => r.weight === 3 && r.source === "corrections")).toBe(true);
    expect(lines).toEqual(expect.arrayContaining([`${file}:3: contradicts line 1 for intent ("refund" there, "billing_issue" here); the later line wins`, `${file}:4: incomplete last line (still being written?)`]));
  });

  it("loads the shipped hand-labelled tickets, every line labelled on all five heads", async () => {
    const lines: string[] = [];
    const { pool, reports } = await loadSources(parseConfig({ data_dir: DATA, sources: [{ type: "hand_labelled", weight: 20 }] }), (l) => lines.push(l));
    expect(pool.length).toBeGreaterThanOrEqual(684);
    expect(reports[0]!.summary()).toMatchObject({ rows_read: pool.length, rows_kept: pool.length });
    for (const r of pool) {
      expect(r.source).toBe("hand_labelled");
      expect(r.weight).toBe(20);
      expect(Object.keys(r.labels).sort(), r.text).toEqual([...HEAD_NAMES].sort());
    }
    expect(lines.filter((l) => /:\d+: /.test(l))).toEqual([]);
  });

  it("a source with holdout: false trains in full, none of it in the split", async () => {
    const file = join(dir, "scarce.jsonl");
    writeFileSync(file, ['{"text":"refund pls","intent":"refund"}', '{"text":"app crashed","intent":"technical_issue"}'].join("\n"));
    const config = (holdout?: boolean) => parseConfig({ data_dir: DATA, sources: [{ type: "tickets", path: file, ...(holdout === undefined ? {} : { holdout }) }] });
    expect(config().sources[0]!.holdout).toBe(true);
    const held = await loadSources(config(), () => {});
    expect([held.pool.length, held.trainOnly.length]).toEqual([2, 0]);
    const full = await loadSources(config(false), () => {});
    expect([full.pool.length, full.trainOnly.length]).toEqual([0, 2]);
    expect(full.trainOnly.map((r) => r.labels.intent)).toEqual(["refund", "technical_issue"]);
    expect(() => parseConfig({ sources: [{ type: "tickets", path: file, holdout: "no" }] })).toThrow(/sources\.0\.holdout/);
  });

  it("the default config trains on the hand-labelled tickets; the gold set shares none of them", () => {
    expect(parseConfig({}).sources).toContainEqual(expect.objectContaining({ type: "hand_labelled" }));
    const texts = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { text: string }).text.toLowerCase().replace(/\W+/g, " ").trim());
    const trained = new Set(texts("../data/hand-labelled-tickets.jsonl"));
    const gold = texts("../bench/gold/realistic-tickets.jsonl");
    expect(gold.length).toBeGreaterThanOrEqual(40);
    expect(gold.filter((t) => trained.has(t))).toEqual([]);
  });

  it("every hand-labelled and gold ticket has its own id, so a ticket can be named in a review", () => {
    const ids = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id);
    const all = [...ids("../data/hand-labelled-tickets.jsonl"), ...ids("../bench/gold/realistic-tickets.jsonl")];
    expect(all.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });

  it("names a missing file, and where the built-in datasets are looked for", async () => {
    const missing = join(dir, "no-such-tickets.jsonl");
    await expect(loadSources(parseConfig({ data_dir: DATA, sources: [{ type: "hand_labelled", path: missing }] }), () => {})).rejects.toThrow(`${missing}: no such file`);
    await expect(loadSources(parseConfig({ data_dir: join(dir, "nowhere"), sources: [{ type: "bitext" }] }), () => {})).rejects.toThrow(/bitext.*: no such file \(the bitext dataset is read from data_dir ".*nowhere"; set it in the config or pass --data-dir DIR\)/);
  });

  it("rejects labels outside the taxonomy with file:line", async () => {
    const file = join(dir, "bad-labels.jsonl");
    writeFileSync(file, '{"text":"x","intent":"teleport"}\n');
    const lines: string[] = [];
    const { pool } = await loadSources(parseConfig({ data_dir: DATA, sources: [{ type: "tickets", path: file }] }), (l) => lines.push(l));
    expect(pool).toHaveLength(0);
    expect(lines[0]).toMatch(new RegExp(`^${file}:1: unknown intent label "teleport"`));
  });
});

describe("synthetic data", () => {
  it("is deterministic, labelled on all five heads, a mix of English and Hinglish", () => {
    const a = generateSynthetic({ count: 2000, seed: 5, hinglishShare: 0.45 });
    expect(generateSynthetic({ count: 2000, seed: 5, hinglishShare: 0.45 })).toEqual(a);
    expect(generateSynthetic({ count: 2000, seed: 6, hinglishShare: 0.45 })).not.toEqual(a);
    for (const r of a) {
      expect(Object.keys(r.labels).sort()).toEqual([...HEAD_NAMES].sort());
      for (const h of HEAD_NAMES) expect(DEFAULT_HEADS[h] as readonly string[]).toContain(r.labels[h]);
    }
    const intents = new Set(a.map((r) => r.labels.intent));
    expect(intents.size).toBe(14);
    expect(a.filter((r) => /\b(nahi|nhi|nahin|nai|karo|kardo|chahiye|kab|bhai|yaar)\b/.test(r.text)).length).toBeGreaterThan(100);
    expect(a.filter((r) => r.labels.churn_risk === "high").length).toBeGreaterThan(100);
    expect(a.filter((r) => r.labels.lead_intent === "high").length).toBeGreaterThan(100);
    // Style noise: shorthand, missing apostrophes, lowercase.
    expect(a.some((r) => /\b(pls|plz|u|thx)\b/.test(r.text))).toBe(true);
  });

  describe("composed tickets follow LABELS.md", () => {
    const rows = composeSynthetic(20_000, 11);
    // Style noise may garble a clause; only rows where it survived intact are checked.
    const plain = (t: string) => t.toLowerCase().replace(/['’.,?]/g, "").replace(/\s+/g, " ").trim();
    const texts = rows.map((r) => ` ${plain(r.text)} `);
    const withAny = (phrases: readonly string[]) => {
      const ps = phrases.filter((p) => !p.includes("{")).map(plain);
      return rows.filter((_, i) => ps.some((p) => texts[i]!.includes(` ${p} `)));
    };

    it("insults and accusations of fraud are negative with high churn", () => {
      const hit = withAny(HOSTILE);
      expect(hit.length).toBeGreaterThan(50);
      for (const r of hit) expect([r.labels.sentiment, r.labels.churn_risk]).toEqual(["negative", "high"]);
    });

    it("threats to leave are negative with high churn", () => {
      const hit = withAny(THREAT);
      expect(hit.length).toBeGreaterThan(200);
      for (const r of hit) expect([r.labels.sentiment, r.labels.churn_risk]).toEqual(["negative", "high"]);
    });

    it("a prospect shopping around is neither a leave signal nor negative", () => {
      const hit = withAny(PROSPECT);
      expect(hit.length).toBeGreaterThan(50);
      for (const r of hit) expect(r.labels.churn_risk).toBe("low");
      for (const r of hit) expect(r.labels.sentiment).not.toBe("negative");
    });

    it("sarcasm is negative; praise is positive", () => {
      // Closers that occur in no sincere phrase ("great job" does: "Great job on the update").
      const sincere = [...ASKS.flatMap((a) => a.texts), ...POSITIVE].map(plain);
      const sarcastic = withAny(SARCASM_CLOSERS.filter((c) => !sincere.some((t) => ` ${t} `.includes(` ${plain(c)} `))));
      expect(sarcastic.length).toBeGreaterThan(100);
      for (const r of sarcastic) expect(r.labels.sentiment).toBe("negative");
      for (const r of rows.filter((x) => x.labels.intent === "praise")) expect(r.labels.sentiment).toBe("positive");
    });

    it("a problem report followed by an explicit ask of another intent takes the ask's intent", () => {
      let checked = 0;
      for (const report of REPORTS) for (const ask of ASKS) {
        if (ask.intent === report.intent) continue;
        const rs = report.texts.filter((t) => !t.includes("{")).map(plain);
        const as = ask.texts.filter((t) => !t.includes("{")).map(plain);
        rows.forEach((r, i) => {
          const t = texts[i]!;
          if (rs.some((p) => t.includes(` ${p} `)) && as.some((p) => t.includes(` ${p} `))) {
            checked++;
            // A short ask phrase can sit inside another intent's ask; either way an ask decides.
            expect(r.labels.intent === ask.intent || ASKS.some((x) => x.intent === r.labels.intent && x.texts.some((p) => t.includes(` ${plain(p)} `)))).toBe(true);
          }
        });
      }
      expect(checked).toBeGreaterThan(100);
    });

    it("department and lead follow the intent, cancelling an order goes to logistics", () => {
      for (const r of rows) {
        if (r.labels.intent === "cancellation") expect(["billing", "logistics"]).toContain(r.labels.department);
        else expect(r.labels.department).toBe(DEPARTMENT_OF_INTENT[r.labels.intent!]);
      }
      expect(rows.some((r) => r.labels.intent === "cancellation" && r.labels.department === "logistics")).toBe(true);
    });
  });
});

describe("split", () => {
  it("is deterministic, stratified by source and intent, and disjoint", () => {
    const rows = generateSynthetic({ count: 3000, seed: 1, hinglishShare: 0.2 });
    const a = stratifiedSplit(rows, 0.1, 0.1, 9);
    expect(stratifiedSplit(rows, 0.1, 0.1, 9)).toEqual(a);
    expect(a.train.length + a.valid.length + a.test.length).toBe(3000);
    expect(new Set([...a.train, ...a.valid, ...a.test]).size).toBe(3000);
    for (const intent of DEFAULT_HEADS.intent) {
      const total = rows.filter((r) => r.labels.intent === intent).length;
      const test = a.test.filter((r) => r.labels.intent === intent).length;
      expect(Math.abs(test - total * 0.1)).toBeLessThanOrEqual(2);
    }
  });
});
