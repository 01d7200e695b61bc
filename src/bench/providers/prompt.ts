// The prompt and the JSON schema every hosted target gets, built from the model file's exact
// heads and labels (and label descriptions where the file carries them).
import type { HeadSpec } from "./types.js";

export function systemPrompt(heads: readonly HeadSpec[]): string {
  const lines = [
    "You classify customer support messages. Answer with one JSON object and nothing else.",
    `It has exactly these keys: ${heads.map((h) => `"${h.name}"`).join(", ")}. Each value is one of that key's labels, spelled exactly as listed.`,
    "",
  ];
  for (const h of heads) {
    lines.push(`${h.name}:`);
    for (const l of h.labels) lines.push(`  - ${l}${h.descriptions?.[l] ? `: ${h.descriptions[l]}` : ""}`);
  }
  return lines.join("\n");
}

export function userPrompt(text: string): string {
  return `Message:\n"""\n${text}\n"""`;
}

/** A JSON schema of the answer: every head required, each an enum of its labels. */
export function answerSchema(heads: readonly HeadSpec[]): Record<string, unknown> {
  return {
    type: "object",
    properties: Object.fromEntries(heads.map((h) => [h.name, { type: "string", enum: h.labels }])),
    required: heads.map((h) => h.name),
    additionalProperties: false,
  };
}
