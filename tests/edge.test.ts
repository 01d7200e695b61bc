// The Worker in the real Workers runtime (workerd, through Miniflare), spoken to over fetch.
import { readFileSync } from "node:fs";
import type { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClassifier, type Classifier } from "../src/index.js";
import { LIMITS } from "../src/edge/handler.js";
import { ROOT, REFERENCE_GOLDENS } from "./helpers/paths.js";
import { startWorker, workerdRss } from "./helpers/worker.js";

const BASE = "http://worker.test";
let mf: Miniflare;
let node: Classifier;

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  mf.dispatchFetch(`${BASE}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
}

beforeAll(async () => {
  mf = startWorker();
  await mf.ready;
  node = await createClassifier({ model: `${ROOT}public/model.json` });
});
afterAll(async () => {
  await mf?.dispose();
});

describe("classification", () => {
  const texts = readFileSync(REFERENCE_GOLDENS, "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { text: string }).text).filter((_, i) => i % 4 === 0).slice(0, 100);

  it("gives the same result as the Node classifier for 100 varied inputs", async () => {
    expect(texts).toHaveLength(100);
    for (const text of texts) {
      const res = await post("/v1/classify", { text });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(JSON.parse(JSON.stringify(node.classify(text))));
    }
  });

  it("classifies a batch in order, with top_k and debug options", async () => {
    const res = await post("/v1/classify/batch", { texts: texts.slice(0, 20), top_k: 5 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: Record<string, unknown>[] };
    expect(body.results).toEqual(JSON.parse(JSON.stringify(texts.slice(0, 20).map((t) => node.classify(t, { topK: 5 })))));
    const one = (await (await post("/v1/classify", { text: "refund nahi mila", debug: true })).json()) as { debug: { tokens: string[] } };
    expect(one.debug.tokens).toEqual(["refund", "not", "received"]);
  });

  it("reports timing in Server-Timing", async () => {
    const res = await post("/v1/classify", { text: "where is my order" });
    expect(res.headers.get("server-timing")).toMatch(/^classify;dur=\d+\.\d{3}$/);
  });

  it("serves model metadata and a health check", async () => {
    const model = (await (await mf.dispatchFetch(`${BASE}/v1/model`)).json()) as { heads: { name: string }[]; parameters: number; limits: typeof LIMITS };
    expect(model.heads.map((h) => h.name)).toEqual(["department", "sentiment", "lead_intent", "churn_risk", "intent"]);
    expect(model.parameters).toBe(node.info.parameters);
    expect(model.limits.maxBatch).toBe(256);
    expect(await (await mf.dispatchFetch(`${BASE}/healthz`)).json()).toEqual({ ok: true });
  });
});

describe("client errors", () => {
  it("400 for invalid JSON, missing or non-string text, wrong types, too many texts, too long text", async () => {
    await expectError(await post("/v1/classify", "{not json"), 400, "invalid_json");
    await expectError(await post("/v1/classify", "[1,2]"), 400, "invalid_request");
    await expectError(await post("/v1/classify", {}), 400, "invalid_request");
    await expectError(await post("/v1/classify", { text: 42 }), 400, "invalid_request");
    await expectError(await post("/v1/classify", { text: "x", top_k: "3" }), 400, "invalid_request");
    await expectError(await post("/v1/classify", { text: "x", top_k: 0 }), 400, "invalid_request");
    await expectError(await post("/v1/classify", { text: "x", debug: "yes" }), 400, "invalid_request");
    await expectError(await post("/v1/classify/batch", { texts: "x" }), 400, "invalid_request");
    await expectError(await post("/v1/classify/batch", { texts: ["ok", null] }), 400, "invalid_request");
    await expectError(await post("/v1/classify/batch", { texts: new Array(LIMITS.maxBatch + 1).fill("hi") }), 400, "too_many_texts");
    expect((await post("/v1/classify/batch", { texts: new Array(LIMITS.maxBatch).fill("hi") })).status).toBe(200);
    await expectError(await post("/v1/classify", { text: "a".repeat(LIMITS.maxTextChars + 1) }), 400, "text_too_long");
    await expectError(await mf.dispatchFetch(`${BASE}/v1/classify`, { method: "POST", headers: { "content-type": "application/json" }, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }), 400, "invalid_json");
  });

  it("413 for a body one byte over the limit, from Content-Length and while reading", async () => {
    const exact = JSON.stringify({ text: "x".repeat(100) });
    const over = `${exact}${" ".repeat(LIMITS.maxBodyBytes + 1 - exact.length)}`;
    expect(new TextEncoder().encode(over).length).toBe(LIMITS.maxBodyBytes + 1);
    await expectError(await post("/v1/classify", over), 413, "payload_too_large");
    expect((await post("/v1/classify", over.slice(0, -1))).status).toBe(200);
    // A streamed body has no Content-Length: the limit holds while reading.
    const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > LIMITS.maxBodyBytes + chunk.length) return controller.close();
        controller.enqueue(sent === 0 ? new TextEncoder().encode('{"text":"x"') : chunk);
        sent += chunk.length;
      },
    });
    const res = await mf.dispatchFetch(`${BASE}/v1/classify`, { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
    await expectError(res as unknown as Response, 413, "payload_too_large");
  });

  it("415, 405 with Allow, 404", async () => {
    await expectError(await post("/v1/classify", "text=hi", { "content-type": "application/x-www-form-urlencoded" }), 415, "unsupported_media_type");
    const wrong = await mf.dispatchFetch(`${BASE}/v1/classify`);
    expect(wrong.headers.get("allow")).toBe("POST, OPTIONS");
    await expectError(wrong as unknown as Response, 405, "method_not_allowed");
    await expectError((await mf.dispatchFetch(`${BASE}/v1/model`, { method: "DELETE" })) as unknown as Response, 405, "method_not_allowed");
    await expectError((await mf.dispatchFetch(`${BASE}/v2/anything`)) as unknown as Response, 404, "not_found");
  });
});

describe("CORS", () => {
  it("answers preflight for allowed origins and tags responses", async () => {
    const pre = await mf.dispatchFetch(`${BASE}/v1/classify`, { method: "OPTIONS", headers: { origin: "https://shop.example", "access-control-request-method": "POST" } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("https://shop.example");
    expect(pre.headers.get("access-control-allow-methods")).toMatch(/POST/);
    expect(pre.headers.get("access-control-allow-headers")).toMatch(/Content-Type/);
    const res = await post("/v1/classify", { text: "hi" }, { origin: "https://help.example" });
    expect(res.headers.get("access-control-allow-origin")).toBe("https://help.example");
    expect(res.headers.get("vary")).toBe("Origin");
    const other = await post("/v1/classify", { text: "hi" }, { origin: "https://evil.example" });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const err = await post("/v1/classify", "{", { origin: "https://shop.example" });
    expect(err.headers.get("access-control-allow-origin")).toBe("https://shop.example");
  });
});

describe("auth", () => {
  let secured: Miniflare;
  beforeAll(async () => {
    secured = startWorker({ API_TOKEN: "s3cret-token" });
    await secured.ready;
  });
  afterAll(async () => {
    await secured?.dispose();
  });

  it("requires the bearer token when a secret is configured", async () => {
    const call = (headers: Record<string, string>) => secured.dispatchFetch(`${BASE}/v1/classify`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: '{"text":"hi"}' });
    await expectError((await call({})) as unknown as Response, 401, "unauthorized");
    await expectError((await call({ authorization: "Bearer wrong" })) as unknown as Response, 401, "unauthorized");
    await expectError((await call({ authorization: "Bearer s3cret-token-longer" })) as unknown as Response, 401, "unauthorized");
    expect((await call({ authorization: "Bearer s3cret-token" })).status).toBe(200);
    expect((await secured.dispatchFetch(`${BASE}/healthz`)).status).toBe(200);
  });

  it("is off without a secret", async () => {
    expect((await post("/v1/classify", { text: "hi" })).status).toBe(200);
  });
});

describe("memory", () => {
  it("1,000 sequential requests leave the workerd process within a small bound", async () => {
    for (let i = 0; i < 200; i++) await (await post("/v1/classify", { text: `warm up ${i} refund please` })).arrayBuffer();
    const before = workerdRss();
    expect(before).toBeGreaterThan(0);
    for (let i = 0; i < 1000; i++) await (await post("/v1/classify", { text: `order ${i} is late, where is it?` })).arrayBuffer();
    const after = workerdRss();
    expect(after - before).toBeLessThan(16 * 1024 * 1024);
  });
});
