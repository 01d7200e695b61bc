// Google Gemini generateContent, with responseMimeType application/json and a response schema.
import { postJson } from "./http.js";
import { parseAnswer } from "./parse.js";
import { systemPrompt, userPrompt } from "./prompt.js";
import { InvalidReply, type HeadSpec, type Target } from "./types.js";

export function geminiTarget(model: string, heads: HeadSpec[], env: Record<string, string | undefined>): Target | string {
  const key = env.GEMINI_API_KEY ?? env.GOOGLE_API_KEY;
  if (!key) return "GEMINI_API_KEY is not set";
  const base = (env.GEMINI_BASE_URL ?? "https://generativelanguage.googleapis.com").replace(/\/$/, "");
  const system = systemPrompt(heads);
  // Gemini's schema dialect: OpenAPI-style, enums on strings, no additionalProperties.
  const schema = { type: "OBJECT", properties: Object.fromEntries(heads.map((h) => [h.name, { type: "STRING", enum: h.labels }])), required: heads.map((h) => h.name) };
  return {
    id: `gemini:${model}`,
    concurrency: 4,
    async predict(text, signal) {
      const r = (await postJson(
        `${base}/v1beta/models/${encodeURIComponent(model)}:generateContent`,
        {
          systemInstruction: { parts: [{ text: system }] },
          contents: [{ role: "user", parts: [{ text: userPrompt(text) }] }],
          generationConfig: { responseMimeType: "application/json", responseSchema: schema, temperature: 0 },
        },
        { "x-goog-api-key": key },
        signal,
      )) as { candidates?: { content?: { parts?: { text?: string }[] } }[]; usageMetadata?: { promptTokenCount?: number; candidatesTokenCount?: number } };
      const content = r.candidates?.[0]?.content?.parts?.map((p) => p.text ?? "").join("");
      if (!content) throw new InvalidReply("no candidate text in the response");
      const u = r.usageMetadata;
      return { labels: parseAnswer(content, heads), ...(u ? { usage: { inputTokens: u.promptTokenCount ?? 0, outputTokens: u.candidatesTokenCount ?? 0 } } : {}) };
    },
  };
}
