// Batch input for `classify --input`: JSONL ({"id"?, "text", …} a line), CSV (a header row and
// a text column) or plain text (one ticket a line). Each record keeps its line number so a
// bad line can be reported as file:line and answered in the output instead of being lost.
import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { UsageError } from "./usage-error.js";

export type InputFormat = "jsonl" | "csv" | "text";

export interface BatchRecord {
  line: number;
  id: unknown;
  text?: string;
  /** Why this line cannot be classified (then text is absent). */
  error?: string;
}

export function inputFormatFor(path: string, explicit?: string): InputFormat {
  if (explicit !== undefined) {
    if (explicit === "jsonl" || explicit === "csv" || explicit === "text") return explicit;
    throw new UsageError(`--input-format must be jsonl, csv or text, got "${explicit}"`);
  }
  if (/\.csv$/i.test(path)) return "csv";
  if (/\.(txt|text)$/i.test(path)) return "text";
  return "jsonl";
}

function open(path: string): NodeJS.ReadableStream {
  return path === "-" ? process.stdin : createReadStream(path);
}

/**
 * Lines of a file in blocks: one array per chunk read, so a caller handles thousands of lines
 * per await. Splits on \n, drops a \r before it and a byte-order mark at the start.
 */
async function* lineBlocks(path: string): AsyncGenerator<string[]> {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  let first = true;
  for await (const chunk of open(path) as AsyncIterable<Buffer>) {
    let text = rest + decoder.write(chunk);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const parts = text.split("\n");
    rest = parts.pop()!;
    yield parts.map(stripCr);
  }
  const last = rest + decoder.end();
  if (last.length > 0) yield [stripCr(last)];
}

const stripCr = (s: string) => (s.endsWith("\r") ? s.slice(0, -1) : s);

function jsonRecord(s: string, line: number, textField: string, idField: string): BatchRecord | null {
  if (s.trim() === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(s);
  } catch (e) {
    return { line, id: null, error: `not valid JSON (${(e as Error).message})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { line, id: null, error: `expected a JSON object with a "${textField}" field` };
  }
  const o = value as Record<string, unknown>;
  const id = o[idField] ?? null;
  const text = o[textField];
  if (typeof text !== "string") {
    return { line, id, error: text === undefined ? `missing "${textField}" field` : `"${textField}" must be a string, got ${text === null ? "null" : typeof text}` };
  }
  return { line, id, text };
}

async function* jsonl(path: string, textField: string, idField: string): AsyncGenerator<BatchRecord[]> {
  let line = 0;
  for await (const block of lineBlocks(path)) {
    const out: BatchRecord[] = [];
    for (const s of block) {
      const r = jsonRecord(s, ++line, textField, idField);
      if (r !== null) out.push(r);
    }
    yield out;
  }
}

async function* text(path: string): AsyncGenerator<BatchRecord[]> {
  let line = 0;
  for await (const block of lineBlocks(path)) yield block.map((t) => ({ line: ++line, id: line, text: t }));
}

async function* csv(path: string, textColumn: string, idColumn: string): AsyncGenerator<BatchRecord[]> {
  const { parse: parseCsv } = await import("csv-parse");
  const parser = open(path).pipe(parseCsv({ columns: true, bom: true, info: true, relax_column_count: true, skip_empty_lines: true }));
  let checkedHeader = false;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (!checkedHeader) {
        checkedHeader = true;
        if (!(textColumn in record)) {
          throw new UsageError(`${path}: no column "${textColumn}" (columns: ${Object.keys(record).join(", ")}); choose one with --text-column`);
        }
      }
      const t = record[textColumn];
      const id = record[idColumn] ?? info.lines;
      if (t === undefined) yield [{ line: info.lines, id, error: `missing column "${textColumn}"` }];
      else yield [{ line: info.lines, id, text: t }];
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const err = e as Error & { lines?: number };
    // A CSV syntax error ends the file: what follows cannot be split into records reliably.
    yield [{ line: err.lines ?? 0, id: null, error: `CSV: ${err.message}` }];
  }
}

/** The records of a batch file, in blocks (see lineBlocks). */
export function readBatch(path: string, format: InputFormat, textField: string, idField: string): AsyncGenerator<BatchRecord[]> {
  if (format === "csv") return csv(path, textField, idField);
  if (format === "text") return text(path);
  return jsonl(path, textField, idField);
}
