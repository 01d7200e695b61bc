// Anthropic Messages API. Structured output by forcing a tool whose input schema is the
// answer's JSON schema.
import { postJson } from "./http.js";
import { parseAnswer } from "./parse.js";
import { answerSchema, systemPrompt, userPrompt } from "./prompt.js";
import { InvalidReply, type HeadSpec, type Target } from "./types.js";

export function anthropicTarget(model: string, heads: HeadSpec[], env: Record<string, string | undefined>): Target | string {
  const key = env.ANTHROPIC_API_KEY;
  if (!key) return "ANTHROPIC_API_KEY is not set";
  const base = (env.ANTHROPIC_BASE_URL ?? "https://api.anthropic.com").replace(/\/$/, "");
  const system = systemPrompt(heads);
  const schema = answerSchema(heads);
  return {
    id: `anthropic:${model}`,
    concurrency: 4,
    async predict(text, signal) {
      const r = (await postJson(
        `${base}/v1/messages`,
        {
          model,
          max_tokens: 256,
          system,
          messages: [{ role: "user", content: userPrompt(text) }],
          tools: [{ name: "record_labels", description: "Record the labels of the message.", input_schema: schema }],
          tool_choice: { type: "tool", name: "record_labels" },
        },
        { "x-api-key": key, "anthropic-version": "2023-06-01" },
        signal,
      )) as { content?: { type: string; input?: unknown; text?: string }[]; usage?: { input_tokens?: number; output_tokens?: number } };
      const block = r.content?.find((c) => c.type === "tool_use") ?? r.content?.find((c) => c.type === "text");
      if (!block) throw new InvalidReply("no tool_use or text block in the response");
      const answer = block.type === "tool_use" ? block.input : block.text;
      return { labels: parseAnswer(answer, heads), ...(r.usage ? { usage: { inputTokens: r.usage.input_tokens ?? 0, outputTokens: r.usage.output_tokens ?? 0 } } : {}) };
    },
  };
}
