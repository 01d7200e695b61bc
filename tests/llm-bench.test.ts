// The hosted-model benchmark against a local HTTP server that speaks each provider's wire
// format from scripted responses (127.0.0.1 only).
import { execFile } from "node:child_process";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GoldCase } from "../src/bench/gold.js";
import { summarize } from "../src/bench/llm-report.js";
import { anthropicTarget } from "../src/bench/providers/anthropic.js";
import { geminiTarget } from "../src/bench/providers/gemini.js";
import { openaiTarget } from "../src/bench/providers/openai.js";
import type { HeadSpec, Target } from "../src/bench/providers/types.js";
import { runTarget } from "../src/bench/runner.js";
import { CLI } from "./helpers/paths.js";

const HEADS: HeadSpec[] = [
  { name: "department", labels: ["billing", "logistics"] },
  { name: "intent", labels: ["refund", "order_tracking"], descriptions: { refund: "money back" } },
];
const GOLD: GoldCase[] = [
  { id: "a", text: "refund please", labels: { department: "billing", intent: "refund" }, tags: ["en"] },
  { id: "b", text: "where is my parcel", labels: { department: "logistics", intent: "order_tracking" }, tags: ["en"] },
];

interface Seen {
  path: string;
  headers: IncomingMessage["headers"];
  body: Record<string, any>;
}
type Reply = { status?: number; headers?: Record<string, string>; body?: unknown; delayMs?: number };
let server: Server;
let base: string;
const seen: Seen[] = [];
let script: Reply[] = [];
let fallback: (path: string) => Reply = () => ({ status: 500, body: { error: "no script" } });

beforeAll(async () => {
  server = createServer((req, res) => {
    let data = "";
    req.on("data", (c) => (data += c));
    req.on("end", () => {
      seen.push({ path: req.url ?? "", headers: req.headers, body: data ? JSON.parse(data) : {} });
      const reply = script.shift() ?? fallback(req.url ?? "");
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
        res.end(typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? {}));
      }, reply.delayMs ?? 0);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  seen.length = 0;
  script = [];
});

const openaiReply = (content: string, usage = { prompt_tokens: 100, completion_tokens: 20 }) => ({ body: { choices: [{ message: { content } }], usage } });
const answer = (department: string, intent: string) => JSON.stringify({ department, intent });
const env = () => ({ OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: `${base}/v1`, ANTHROPIC_API_KEY: "ak-test", ANTHROPIC_BASE_URL: base, GEMINI_API_KEY: "gk-test", GEMINI_BASE_URL: base });
const run = (t: Target, cases = GOLD, o: Partial<Parameters<typeof runTarget>[2]> = {}) => runTarget(t, cases, { concurrency: 1, timeoutMs: 2000, retries: 2, baseDelayMs: 10, maxDelayMs: 100, random: () => 0.5, ...o });

describe("request shapes and good replies", () => {
  it("openai: Chat Completions with a JSON schema and a bearer token", async () => {
    script = [openaiReply(answer("billing", "refund")), openaiReply(answer("logistics", "order_tracking"))];
    const t = openaiTarget("gpt-test", HEADS, env()) as Target;
    const { results } = await run(t);
    expect(results.map((r) => r.labels)).toEqual([{ department: "billing", intent: "refund" }, { department: "logistics", intent: "order_tracking" }]);
    const req = seen[0]!;
    expect(req.path).toBe("/v1/chat/completions");
    expect(req.headers.authorization).toBe("Bearer sk-test");
    expect(req.body.model).toBe("gpt-test");
    expect(req.body.messages[0].role).toBe("system");
    expect(req.body.messages[0].content).toContain("refund: money back");
    expect(req.body.messages[1].content).toContain("refund please");
    expect(req.body.response_format.type).toBe("json_schema");
    expect(req.body.response_format.json_schema.schema.properties.intent.enum).toEqual(["refund", "order_tracking"]);
    expect(results[0]!.usage).toEqual({ inputTokens: 100, outputTokens: 20 });
  });

  it("anthropic: Messages with a forced tool, x-api-key and a version header", async () => {
    script = [{ body: { content: [{ type: "tool_use", name: "record_labels", input: { department: "billing", intent: "refund" } }], usage: { input_tokens: 80, output_tokens: 15 } } }];
    const t = anthropicTarget("claude-test", HEADS, env()) as Target;
    const { results } = await run(t, GOLD.slice(0, 1));
    expect(results[0]!.labels).toEqual({ department: "billing", intent: "refund" });
    const req = seen[0]!;
    expect(req.path).toBe("/v1/messages");
    expect(req.headers["x-api-key"]).toBe("ak-test");
    expect(req.headers["anthropic-version"]).toBe("2023-06-01");
    expect(req.body.model).toBe("claude-test");
    expect(req.body.system).toContain("department:");
    expect(req.body.tool_choice).toEqual({ type: "tool", name: "record_labels" });
    expect(req.body.tools[0].input_schema.required).toEqual(["department", "intent"]);
  });

  it("gemini: generateContent with a JSON response schema and an API key header", async () => {
    script = [{ body: { candidates: [{ content: { parts: [{ text: answer("logistics", "order_tracking") }] } }], usageMetadata: { promptTokenCount: 90, candidatesTokenCount: 12 } } }];
    const t = geminiTarget("gemini-test", HEADS, env()) as Target;
    const { results } = await run(t, GOLD.slice(1));
    expect(results[0]!.labels).toEqual({ department: "logistics", intent: "order_tracking" });
    const req = seen[0]!;
    expect(req.path).toBe("/v1beta/models/gemini-test:generateContent");
    expect(req.headers["x-goog-api-key"]).toBe("gk-test");
    expect(req.body.generationConfig.responseMimeType).toBe("application/json");
    expect(req.body.generationConfig.responseSchema.properties.department.enum).toEqual(["billing", "logistics"]);
    expect(req.body.systemInstruction.parts[0].text).toContain("intent:");
  });

  it("a target without its key is skipped with a reason, not an error", () => {
    expect(openaiTarget("m", HEADS, {})).toBe("OPENAI_API_KEY is not set");
    expect(anthropicTarget("m", HEADS, {})).toBe("ANTHROPIC_API_KEY is not set");
    expect(geminiTarget("m", HEADS, {})).toBe("GEMINI_API_KEY is not set");
  });
});

describe("bad replies count as errors, never as guesses", () => {
  it.each([
    ["malformed JSON", "{department: billing", /not JSON/],
    ["an unknown label", answer("billing", "teleport"), /"intent": "teleport" is not one of refund, order_tracking/],
    ["a missing head", JSON.stringify({ intent: "refund" }), /missing head "department"/],
  ])("%s", async (_name, content, message) => {
    script = [openaiReply(content)];
    const { results } = await run(openaiTarget("m", HEADS, env()) as Target, GOLD.slice(0, 1));
    expect(results[0]!.labels).toBeUndefined();
    expect(results[0]!.error).toMatch(message);
    expect(results[0]!.attempts).toBe(1);
  });
});

describe("retries", () => {
  it("waits as Retry-After says after a 429, then succeeds", async () => {
    script = [{ status: 429, headers: { "retry-after": "0.3" }, body: { error: "slow down" } }, openaiReply(answer("billing", "refund"))];
    const t0 = performance.now();
    const { results } = await run(openaiTarget("m", HEADS, env()) as Target, GOLD.slice(0, 1));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(280);
    expect(results[0]!.attempts).toBe(2);
    expect(results[0]!.labels?.intent).toBe("refund");
  });

  it("retries a 500 with backoff, then succeeds", async () => {
    script = [{ status: 500, body: { error: "oops" } }, openaiReply(answer("billing", "refund"))];
    const { results } = await run(openaiTarget("m", HEADS, env()) as Target, GOLD.slice(0, 1));
    expect(results[0]!.attempts).toBe(2);
    expect(results[0]!.error).toBeUndefined();
  });

  it("gives up after the retries on timeouts, with a clear error", async () => {
    script = [{ delayMs: 500, ...openaiReply(answer("billing", "refund")) }, { delayMs: 500, ...openaiReply(answer("billing", "refund")) }, { delayMs: 500, ...openaiReply(answer("billing", "refund")) }];
    const { results } = await run(openaiTarget("m", HEADS, env()) as Target, GOLD.slice(0, 1), { timeoutMs: 100, retries: 2 });
    expect(results[0]!.error).toBe("timed out after 100 ms");
    expect(results[0]!.attempts).toBe(3);
  });

  it("does not retry a 400", async () => {
    script = [{ status: 400, body: { error: "bad request" } }];
    const { results } = await run(openaiTarget("m", HEADS, env()) as Target, GOLD.slice(0, 1));
    expect(results[0]!.attempts).toBe(1);
    expect(results[0]!.error).toMatch(/HTTP 400/);
  });
});

describe("report", () => {
  it("computes cost per 1,000 tickets from usage and a price table", () => {
    const r = summarize("openai:m", HEADS, GOLD, [
      { id: "a", target: "openai:m", labels: { department: "billing", intent: "refund" }, latency_ms: 100, attempts: 1, usage: { inputTokens: 1000, outputTokens: 100 } },
      { id: "b", target: "openai:m", error: "not JSON", latency_ms: 300, attempts: 1, usage: { inputTokens: 3000, outputTokens: 300 } },
    ], 2, { "openai:m": { input_per_million: 0.5, output_per_million: 4 } });
    // Average 2,000 input and 200 output tokens: (2000 × 0.5 + 200 × 4) / 1e6 × 1000 = $1.80.
    expect(r.cost_per_1000).toBeCloseTo(1.8, 10);
    expect(r.exact_match).toBe(0.5);
    expect(r.errors).toBe(1);
    expect(r.heads.intent!.accuracy).toBe(0.5);
    expect(r.tickets_per_s).toBe(1);
    expect(r.slices.en).toEqual({ cases: 2, exact_match: 0.5 });
    expect(summarize("openai:x", HEADS, GOLD, [], 1, {}).cost_per_1000).toBeNull();
  });
});

/** Runs the CLI without blocking this process, whose server the CLI talks to. */
function cli(args: string[], extraEnv: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, ...extraEnv }, encoding: "utf8" }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe("tinytriage bench", () => {
  it("runs local and an OpenAI-compatible server, writes reports, and resumes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tinytriage-llm-"));
    const gold = join(dir, "gold.jsonl");
    writeFileSync(gold, `${JSON.stringify({ id: "1", text: "I want a refund", intent: "refund", department: "billing" })}\n${JSON.stringify({ id: "2", text: "where is my order", intent: "order_tracking", tags: ["ecommerce"] })}\n`);
    fallback = () => openaiReply(JSON.stringify({ department: "billing", sentiment: "neutral", lead_intent: "low", churn_risk: "low", intent: "refund" }));
    const run1 = await cli(["bench", "--gold", gold, "--targets", "local,openai:test-model,anthropic:m", "--out", dir, "--include-cases", "--quiet", "--timeout", "5"], { OPENAI_API_KEY: "k", OPENAI_BASE_URL: `${base}/v1`, ANTHROPIC_API_KEY: "" });
    expect(run1.status, run1.stderr).toBe(0);
    expect(run1.stderr).toContain("skipping anthropic:m: ANTHROPIC_API_KEY is not set");
    expect(run1.stdout).toMatch(/local +100\.0%/);
    expect(run1.stdout).toMatch(/openai:test-model +50\.0%/);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as { reports: { target: string; exact_match: number }[] };
    expect(report.reports.map((r) => r.target)).toEqual(["local", "openai:test-model"]);
    expect(readFileSync(join(dir, "report.html"), "utf8")).toMatch(/<svg/);
    const cases = readFileSync(join(dir, "cases.jsonl"), "utf8").trim().split("\n");
    expect(cases).toHaveLength(4);
    const before = seen.length;
    const run2 = await cli(["bench", "--gold", gold, "--targets", "openai:test-model", "--out", join(dir, "again"), "--resume", join(dir, "cases.jsonl"), "--quiet", "--timeout", "5"], { OPENAI_API_KEY: "k", OPENAI_BASE_URL: `${base}/v1` });
    expect(run2.status, run2.stderr).toBe(0);
    expect(run2.stderr).toContain("openai:test-model: 2 cases answered");
    expect(seen.length).toBe(before);
    fallback = () => ({ status: 500, body: { error: "no script" } });
  });
});
