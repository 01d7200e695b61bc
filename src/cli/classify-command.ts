// `tinytriage classify`: texts from the command line, or a batch file with --input.
import { statSync } from "node:fs";
import { parseArgs } from "node:util";
import { createClassifier } from "../index.js";
import type { Classifier } from "../runtime/classifier.js";
import { inputFormatFor, readBatch } from "./batch-input.js";
import { resolveModelPath } from "./default-model.js";
import { thousands } from "./format-number.js";
import { jsonRecord, OUTPUT_FORMATS, tableBlock, tsvError, TsvWriter, type Answer, type OutputFormat } from "./output.js";
import { Sink } from "./sink.js";
import { UsageError } from "./usage-error.js";

export const CLASSIFY_HELP = `Usage:
  tinytriage classify TEXT... [options]
  tinytriage classify --input FILE|- [--output FILE] [options]

Classifies each TEXT, or each line of FILE (JSONL {"id"?, "text"} lines; CSV with a header row;
or plain text with --input-format text). "--" ends the options, so a ticket may start with "-".

Options:
  --model PATH         model file (default: the shipped public/model.json)
  --format FORMAT      json | jsonl | table | tsv (default: table for TEXT, jsonl for --input)
                       tsv: id, each head's label, the main head's confidence; one line per input
  --top-k N            how many intents <head>_top_k lists (default 3)
  --debug              add normalized text, tokens and active features to each result
  --input FILE         batch input ("-" for stdin); results keep each line's id
  --output FILE        write results here instead of stdout
  --input-format F     jsonl | csv | text (default: from the file name; jsonl otherwise)
  --text-column NAME   JSONL field / CSV column holding the text (default "text")
  --id-column NAME     JSONL field / CSV column holding the id (default "id")
  --quiet              no throughput summary on stderr
`;

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${name} must be a positive whole number, got "${value}"`);
  return Number(value);
}

export async function classifyCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      model: { type: "string" },
      format: { type: "string" },
      "top-k": { type: "string" },
      debug: { type: "boolean", default: false },
      input: { type: "string" },
      output: { type: "string" },
      "input-format": { type: "string" },
      "text-column": { type: "string", default: "text" },
      "id-column": { type: "string", default: "id" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(CLASSIFY_HELP);
    return 0;
  }
  const batch = values.input !== undefined;
  if (batch && positionals.length > 0) throw new UsageError("give texts or --input FILE, not both");
  if (!batch && positionals.length === 0) throw new UsageError('nothing to classify: give a TEXT or --input FILE (see "tinytriage classify --help")');
  const format = (values.format ?? (batch ? "jsonl" : "table")) as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(", ")}, got "${values.format}"`);
  const topK = positiveInt(values["top-k"], "--top-k", 3);
  const modelPath = resolveModelPath(values.model);

  const classifier = await createClassifier({ model: modelPath, topK });
  const sink = new Sink(values.output);
  const options = { topK, debug: values.debug };
  const started = performance.now();
  let count = 0;
  let failed = 0;
  const labels = new Int32Array(classifier.info.heads.length);
  const tsvWriter = new TsvWriter(classifier);
  const answers: unknown[] = [];

  const emit = (text: string, a: Answer) => {
    count++;
    if (format === "json") answers.push(jsonRecord(a));
    else if (format === "jsonl") sink.write(`${JSON.stringify(jsonRecord(a))}\n`);
    else if (format === "table") sink.write(`${tableBlock(text, a, classifier)}\n\n`);
  };
  // tsv skips building full results: labels only.
  const tsv = (id: unknown, text: string) => {
    count++;
    const confidence = classifier.labelIndices(text, labels);
    sink.write(tsvWriter.line(id, labels, confidence));
  };

  if (batch) {
    const path = values.input!;
    if (path !== "-") {
      let isFile = false;
      try {
        isFile = statSync(path).isFile();
      } catch {
        throw new UsageError(`cannot read --input ${path}: no such file`);
      }
      if (!isFile) throw new UsageError(`cannot read --input ${path}: not a file`);
    }
    const records = readBatch(path, inputFormatFor(path, values["input-format"]), values["text-column"], values["id-column"]);
    for await (const block of records) {
      for (const r of block) {
        if (r.text === undefined) {
          failed++;
          process.stderr.write(`${path === "-" ? "stdin" : path}:${r.line}: ${r.error}\n`);
          if (format === "tsv") {
            count++;
            sink.write(tsvError(r.id, r.error!));
          } else emit("", { id: r.id, line: r.line, error: r.error! });
        } else if (format === "tsv") tsv(r.id, r.text);
        else emit(r.text, { id: r.id, result: classifier.classify(r.text, options) });
      }
      await sink.flush();
    }
  } else {
    for (const [i, text] of positionals.entries()) {
      if (format === "tsv") tsv(i + 1, text);
      else emit(text, { id: undefined, result: classifier.classify(text, options) });
    }
  }
  if (format === "json") sink.write(`${JSON.stringify(answers.length === 1 && !batch ? answers[0] : answers, null, 2)}\n`);
  await sink.close();
  if (batch && !values.quiet) summarize(count, failed, performance.now() - started, classifier);
  return failed > 0 ? 1 : 0;
}

function summarize(count: number, failed: number, ms: number, classifier: Classifier): void {
  const seconds = ms / 1000;
  const rate = seconds > 0 ? Math.round(count / seconds) : count;
  process.stderr.write(
    `classified ${count - failed} of ${count} lines in ${seconds.toFixed(3)} s (${thousands(rate)} lines/s, ${classifier.variant} core)` +
      `${failed > 0 ? `; ${failed} line${failed === 1 ? "" : "s"} failed (see above)` : ""}\n`,
  );
}
