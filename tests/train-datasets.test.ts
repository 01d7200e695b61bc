// Dataset loaders on the real files and on small malformed fixtures written here.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBanking77 } from "../src/train/datasets/banking77.js";
import { loadBitext } from "../src/train/datasets/bitext.js";
import { loadClinc150 } from "../src/train/datasets/clinc150.js";
import { SourceReport } from "../src/train/datasets/report.js";
import { loadTicketFile } from "../src/train/datasets/tickets.js";
import { loadTweetEval } from "../src/train/datasets/tweet-eval.js";
import { SHARED } from "./helpers/paths.js";

const DATA = `${SHARED}datasets`;
const silent = (name = "t") => {
  const lines: string[] = [];
  return { report: new SourceReport(name, (l) => lines.push(l)), lines };
};
const dir = mkdtempSync(join(tmpdir(), "tinytriage-data-"));

describe("real datasets", () => {
  it("BANKING77: 10,003 train and 3,080 test rows, 77 labels", () => {
    const train = loadBanking77(`${DATA}/banking77`, "train");
    const test = loadBanking77(`${DATA}/banking77`, "test");
    expect(train).toHaveLength(10003);
    expect(test).toHaveLength(3080);
    expect(new Set(train.map((r) => r.label)).size).toBe(77);
    expect(train[0]).toMatchObject({ text: "I am still waiting on my card?", label: "card_arrival", line: 2 });
  });

  it("CLINC150: train with out-of-scope lines, 151 labels", () => {
    const train = loadClinc150(`${DATA}/clinc150`, "train");
    expect(train).toHaveLength(15100);
    expect(new Set(train.map((r) => r.label)).size).toBe(151);
    expect(loadClinc150(`${DATA}/clinc150`, "test")).toHaveLength(5500);
  });

  it("TweetEval: paired text and label files", () => {
    const train = loadTweetEval(`${DATA}/tweet_eval_sentiment`, "train");
    expect(train).toHaveLength(48992);
    expect(new Set(train.map((r) => r.label))).toEqual(new Set(["negative", "neutral", "positive"]));
    expect(loadTweetEval(`${DATA}/tweet_eval_sentiment`, "test")).toHaveLength(12284);
  });

  it("Bitext: the fixed split, flags kept", () => {
    const train = loadBitext(`${DATA}/bitext`, "train");
    const test = loadBitext(`${DATA}/bitext`, "test");
    expect(train.length + test.length).toBe(21534);
    expect(test).toHaveLength(4307);
    expect(new Set(train.map((r) => r.label)).size).toBe(27);
    expect(train[0]!.flags).toMatch(/^[A-Z]+$/);
  });
});

describe("malformed files", () => {
  it("CSV: BOM, CRLF, quoted commas and newlines, bad quoting, wrong field counts, empty fields", () => {
    const d = join(dir, "b77");
    mkdirSync(d, { recursive: true });
    writeFileSync(
      join(d, "train.csv"),
      '\ufefftext,category\r\n"hello, world\nsecond line",card_arrival\r\nplain,card_linking\r\ntoo,many,fields\r\n,empty_text\r\n"broken "quote",x\r\nlast,age_limit',
    );
    const { report, lines } = silent("b77");
    const rows = loadBanking77(d, "train", report);
    expect(rows.map((r) => r.text)).toEqual(["hello, world\nsecond line", "plain", "last"]);
    expect(rows[1]!.line).toBe(4);
    expect(report.rowsRead).toBe(6);
    expect(report.rowsKept).toBe(3);
    expect(lines.some((l) => /train\.csv:5: expected 2 fields, got 3/.test(l))).toBe(true);
    expect(lines.some((l) => /train\.csv:6: empty text/.test(l))).toBe(true);
    expect(lines.some((l) => /train\.csv:7: malformed CSV/.test(l))).toBe(true);
    expect(report.line()).toMatch(/^b77: 6 read, 3 kept, skipped: /);
  });

  it("CSV: a missing column names the file and the header", () => {
    const d = join(dir, "b77b");
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "test.csv"), "utterance,category\nhi,x\n");
    expect(() => loadBanking77(d, "test", silent().report)).toThrow(/test\.csv: missing column "text" \(header: utterance, category\)/);
  });

  it("TweetEval: unknown labels and unpaired lines are reported by line", () => {
    const d = join(dir, "te");
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "val_text.txt"), "good day\r\nbad day\n\nlonely text\n");
    writeFileSync(join(d, "val_labels.txt"), "2\n7\n1\n");
    const { report, lines } = silent();
    const rows = loadTweetEval(d, "val", report);
    expect(rows).toEqual([expect.objectContaining({ text: "good day", label: "positive", line: 1 })]);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/val_labels\.txt:2: unknown label "7"/), expect.stringMatching(/val_text\.txt:3: empty text/), expect.stringMatching(/val_text\.txt:4: text without a label line/)]));
  });

  it("ticket JSONL: bad JSON, missing text, no labels, and a truncated last line", () => {
    const file = join(dir, "tickets.jsonl");
    writeFileSync(file, '{"text":"refund please","intent":"refund"}\n\n{oops}\n{"intent":"refund"}\n{"text":"hi"}\n{"text":"late parcel","labels":{"intent":"delivery_issue"}}\n{"text":"half a li');
    const { report, lines } = silent();
    const rows = loadTicketFile(file, { heads: ["intent", "sentiment"] }, report);
    expect(rows.map((r) => r.labels)).toEqual([{ intent: "refund" }, { intent: "delivery_issue" }]);
    expect(lines).toEqual([
      `${file}:3: not valid JSON`,
      `${file}:4: missing or empty "text"`,
      `${file}:5: no head labelled`,
      `${file}:7: incomplete last line (still being written?)`,
    ]);
  });
});
