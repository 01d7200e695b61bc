// OpenAI Chat Completions, and any server that speaks it (llama.cpp, vLLM, …) through
// OPENAI_BASE_URL. Structured output via response_format json_schema.
import { postJson } from "./http.js";
import { parseAnswer } from "./parse.js";
import { answerSchema, systemPrompt, userPrompt } from "./prompt.js";
import { InvalidReply, type HeadSpec, type Target } from "./types.js";

export function openaiTarget(model: string, heads: HeadSpec[], env: Record<string, string | undefined>): Target | string {
  const key = env.OPENAI_API_KEY;
  const base = (env.OPENAI_BASE_URL ?? "https://api.openai.com/v1").replace(/\/$/, "");
  if (!key && !env.OPENAI_BASE_URL) return "OPENAI_API_KEY is not set";
  const system = systemPrompt(heads);
  const schema = answerSchema(heads);
  return {
    id: `openai:${model}`,
    concurrency: 8,
    async predict(text, signal) {
      const r = (await postJson(
        `${base}/chat/completions`,
        {
          model,
          messages: [
            { role: "system", content: system },
            { role: "user", content: userPrompt(text) },
          ],
          response_format: { type: "json_schema", json_schema: { name: "ticket_labels", strict: true, schema } },
        },
        key ? { authorization: `Bearer ${key}` } : {},
        signal,
      )) as { choices?: { message?: { content?: string } }[]; usage?: { prompt_tokens?: number; completion_tokens?: number } };
      const content = r.choices?.[0]?.message?.content;
      if (typeof content !== "string") throw new InvalidReply("no message content in the response");
      return { labels: parseAnswer(content, heads), ...(r.usage ? { usage: { inputTokens: r.usage.prompt_tokens ?? 0, outputTokens: r.usage.completion_tokens ?? 0 } } : {}) };
    },
  };
}
