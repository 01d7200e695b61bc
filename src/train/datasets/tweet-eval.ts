// TweetEval sentiment: {split}_text.txt (one tweet a line) and {split}_labels.txt (0, 1, 2),
// paired by line; mapping.txt names the ids.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SourceReport, type SourceRow } from "./report.js";

const NAMES = ["negative", "neutral", "positive"];

function lines(file: string): string[] {
  const text = readFileSync(file, "utf8").replace(/^\ufeff/, "");
  const out = text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  if (out.at(-1) === "") out.pop();
  return out;
}

export function loadTweetEval(dir: string, split: "train" | "val" | "test", report = new SourceReport(`tweet_eval/${split}`)): SourceRow[] {
  const textFile = join(dir, `${split}_text.txt`);
  const labelFile = join(dir, `${split}_labels.txt`);
  const texts = lines(textFile);
  const labels = lines(labelFile);
  if (texts.length !== labels.length) process.stderr.write(`${labelFile}: ${labels.length} labels for ${texts.length} texts; unpaired lines are skipped\n`);
  const rows: SourceRow[] = [];
  const n = Math.max(texts.length, labels.length);
  for (let i = 0; i < n; i++) {
    report.rowsRead++;
    const text = texts[i]?.trim();
    const id = labels[i]?.trim();
    if (text === undefined) report.skip(labelFile, i + 1, "label without a text line");
    else if (id === undefined) report.skip(textFile, i + 1, "text without a label line");
    else if (!/^[012]$/.test(id)) report.skip(labelFile, i + 1, `unknown label "${id}" (expected 0, 1 or 2)`);
    else if (text === "") report.skip(textFile, i + 1, "empty text");
    else (rows.push({ text, label: NAMES[Number(id)]!, file: textFile, line: i + 1, split }), report.rowsKept++);
  }
  return rows;
}
