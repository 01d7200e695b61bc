// Strict reading of a model's answer: a JSON object with every head and only valid labels.
import { InvalidReply, type HeadSpec } from "./types.js";

export function parseAnswer(content: unknown, heads: readonly HeadSpec[]): Record<string, string> {
  let value: unknown = content;
  if (typeof content === "string") {
    // Tolerate a fenced block; anything else around the JSON is an error.
    const stripped = content.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/, "$1");
    try {
      value = JSON.parse(stripped);
    } catch {
      throw new InvalidReply(`not JSON: ${content.slice(0, 80)}`);
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InvalidReply("the answer is not a JSON object");
  const o = value as Record<string, unknown>;
  const labels: Record<string, string> = {};
  for (const h of heads) {
    const l = o[h.name];
    if (l === undefined) throw new InvalidReply(`missing head "${h.name}"`);
    if (typeof l !== "string" || !h.labels.includes(l)) throw new InvalidReply(`"${h.name}": ${JSON.stringify(l)} is not one of ${h.labels.join(", ")}`);
    labels[h.name] = l;
  }
  return labels;
}
