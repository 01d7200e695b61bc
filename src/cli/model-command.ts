// `tinytriage model info PATH` and `tinytriage model quantize IN OUT`.
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadModelFile } from "../index.js";
import { toTinytriageJson } from "../model/format.js";
import { quantizeRows } from "../model/quantize.js";
import { LEXICON_INPUTS, type Model } from "../model/types.js";
import { describeModel } from "../runtime/model-info.js";
import { SHIPPED_MODEL } from "./default-model.js";
import { thousands } from "./format-number.js";
import { UsageError } from "./usage-error.js";

function lexiconInputs(model: Model): string {
  const l = model.features.lexicon;
  if (!l) return "";
  const words = l.positive.length + l.strongPositive.length + l.negative.length + l.strongNegative.length;
  return `, sentiment lexicon ${LEXICON_INPUTS} (${thousands(words)} words, ${l.negators.length} negators)`;
}

export const MODEL_HELP = `Usage:
  tinytriage model info [PATH] [--json]  format, heads, labels, sizes, parameters, metrics
                                         (default PATH: the shipped public/model.json)
  tinytriage model quantize IN OUT       write IN with int8 per-row weights in this project's format
`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function modelCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } } });
  const [sub, ...rest] = positionals;
  if (values.help || sub === undefined) {
    process.stdout.write(MODEL_HELP);
    return sub === undefined && !values.help ? 2 : 0;
  }
  if (sub === "info") {
    if (rest.length > 1) throw new UsageError("model info takes at most one PATH");
    const path = rest[0] ?? SHIPPED_MODEL;
    const model = await loadModelFile(path);
    const info = describeModel(model);
    const fileBytes = (await readFile(path)).byteLength;
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ path, file_bytes: fileBytes, ...info }, null, 2)}\n`);
      return 0;
    }
    const lines = [
      `model       ${path}`,
      `format      ${info.format} v${info.format_version} (${info.preprocess_mode} preprocessing${info.keeps_emoji ? ", keeps emoji" : ""}${info.marks_negated_requests ? ", marks negated requests" : ""})`,
      `file        ${kb(fileBytes)}; weights in memory ${kb(info.weight_bytes)}`,
      `parameters  ${thousands(info.parameters)}`,
      `inputs      ${info.input_size} (bag of words ${model.features.bowVocab.length}, keywords ${model.features.keywords.length}, hashed ${model.features.hashing.buckets}${lexiconInputs(model)}, embedding ${info.embedding.dim})`,
      `embedding   ${info.embedding.rows} × ${info.embedding.dim} ${info.embedding.dtype}`,
      `layers      ${info.layers.map((l) => `${l.in}→${l.out} ${l.dtype}`).join(", ")}`,
      `heads`,
      ...info.heads.map((h) => `  ${h.name} (${h.activation}${h.follows ? `, follows ${h.follows}` : ""}): ${h.labels.join(", ")}`),
    ];
    const metrics = Object.entries((info.metrics ?? {}) as Record<string, unknown>);
    if (metrics.length > 0) lines.push("metrics", ...metrics.map(([k, v]) => `  ${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`));
    process.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  }
  if (sub === "quantize") {
    if (rest.length !== 2) throw new UsageError("model quantize takes IN and OUT");
    const [input, output] = rest as [string, string];
    const model = await loadModelFile(input);
    const quantized: Model = {
      ...model,
      embedding: quantizeRows(model.embedding),
      layers: model.layers.map((l) => ({ ...l, weight: quantizeRows(l.weight) })),
      heads: model.heads.map((h) => ({ ...h, weight: quantizeRows(h.weight) })),
    };
    const text = `${JSON.stringify(toTinytriageJson(quantized))}\n`;
    await writeFile(output, text);
    process.stderr.write(`wrote ${output} (${kb(text.length)}, int8 per-row weights)\n`);
    return 0;
  }
  throw new UsageError(`unknown model command "${sub}" (info, quantize)`);
}
