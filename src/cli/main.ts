// The tinytriage command line. Exit codes: 0 ok, 1 runtime error, 2 usage error; every
// error is one line on stderr.
import { readFileSync } from "node:fs";
import { ModelFormatError } from "../model/errors.js";
import { classifyCommand } from "./classify-command.js";
import { modelCommand } from "./model-command.js";
import { UsageError } from "./usage-error.js";

const HELP = `tinytriage: classify support tickets (department, sentiment, lead intent, churn risk, intent)

Usage:
  tinytriage classify TEXT... [--model PATH] [--format json|jsonl|table|tsv] [--top-k N] [--debug]
  tinytriage classify --input FILE|- [--output FILE] [--format jsonl|json|tsv|table]
  tinytriage model info [PATH]
  tinytriage model quantize IN OUT
  tinytriage train [--config FILE] [--data-dir DIR] [--out public/model.json]
  tinytriage eval --data FILE [--model PATH]
  tinytriage bench --gold FILE --targets local,openai:MODEL,anthropic:MODEL,gemini:MODEL
  tinytriage export-split --out FILE [--split test|valid|public-test]
  tinytriage --version

Run "tinytriage <command> --help" for the options of each command.
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "classify":
        return await classifyCommand(rest);
      case "model":
        return await modelCommand(rest);
      // Training and benchmarking load on demand: classifying starts without them.
      case "train":
        return await (await import("./train-command.js")).trainCommand(rest);
      case "eval":
        return await (await import("./eval-command.js")).evalCommand(rest);
      case "bench":
        return await (await import("./bench-command.js")).benchCommand(rest);
      case "export-split":
        return await (await import("./export-split-command.js")).exportSplitCommand(rest);
      case "--version":
      case "-v": {
        const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
        process.stdout.write(`${pkg.version}\n`);
        return 0;
      }
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    const err = e as Error & { code?: string };
    if (e instanceof UsageError || err.code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`tinytriage: ${err.message}\n${["classify", "model", "train", "eval", "bench", "export-split"].includes(command ?? "") ? `See "tinytriage ${command} --help".` : 'See "tinytriage --help".'}\n`);
      return 2;
    }
    if (e instanceof ModelFormatError) {
      process.stderr.write(`tinytriage: invalid model: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`tinytriage: ${err.message}\n`);
    return 1;
  }
}
