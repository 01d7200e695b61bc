// The classification API as a fetch handler, independent of how the classifier was built:
//   POST /v1/classify        {"text", "top_k"?, "debug"?}  → the classification result
//   POST /v1/classify/batch  {"texts": [...], "top_k"?}    → {"results": [...]} in order
//   GET  /v1/model           → model metadata
//   GET  /healthz            → {"ok": true}
// Every client mistake gets a 4xx with {"error": {"code", "message"}}; never a 500.
import type { Classifier } from "../runtime/classifier.js";
import { authorized } from "./auth.js";
import { readJson } from "./body.js";
import { allowedOrigin, corsHeaders, preflight } from "./cors.js";
import { errorResponse, HttpError, json } from "./http.js";

export const LIMITS = {
  /** Largest request body accepted. */
  maxBodyBytes: 1 << 20,
  /** Most texts in one batch request. */
  maxBatch: 256,
  /** Longest text accepted, in UTF-16 code units (the classifier's truncation limit). */
  maxTextChars: 32_768,
  maxTopK: 50,
};

export interface EdgeEnv {
  /** Comma-separated allowed origins, or "*". */
  ALLOWED_ORIGINS?: string;
  /** When set, requests need "Authorization: Bearer <API_TOKEN>". */
  API_TOKEN?: string;
}

const ROUTES: Record<string, string> = {
  "/v1/classify": "POST",
  "/v1/classify/batch": "POST",
  "/v1/model": "GET",
  "/healthz": "GET",
};

function field<T>(body: Record<string, unknown>, name: string, check: (v: unknown) => v is T, expected: string): T | undefined {
  const v = body[name];
  if (v === undefined) return undefined;
  if (!check(v)) throw new HttpError(400, "invalid_request", `"${name}" must be ${expected}`);
  return v;
}

const isBool = (v: unknown): v is boolean => typeof v === "boolean";
const isTopK = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= LIMITS.maxTopK;

function checkText(v: unknown, name: string): string {
  if (typeof v !== "string") throw new HttpError(400, "invalid_request", v === undefined ? `"${name}" is required` : `"${name}" must be a string`);
  if (v.length > LIMITS.maxTextChars) throw new HttpError(400, "text_too_long", `"${name}" is longer than ${LIMITS.maxTextChars} characters`);
  return v;
}

function object(body: unknown): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new HttpError(400, "invalid_request", "the body must be a JSON object");
  return body as Record<string, unknown>;
}

export function createHandler(classifier: Classifier) {
  const model = { ...classifier.info, limits: LIMITS };

  async function route(request: Request, path: string): Promise<Response> {
    if (path === "/healthz") return json({ ok: true });
    if (path === "/v1/model") return json(model);
    const body = object(await readJson(request, LIMITS.maxBodyBytes));
    const topK = field(body, "top_k", isTopK, `a whole number from 1 to ${LIMITS.maxTopK}`);
    const started = performance.now();
    let result: unknown;
    if (path === "/v1/classify") {
      const text = checkText(body.text, "text");
      const debug = field(body, "debug", isBool, "true or false");
      result = classifier.classify(text, { ...(topK ? { topK } : {}), ...(debug ? { debug } : {}) });
    } else {
      const texts = body.texts;
      if (!Array.isArray(texts)) throw new HttpError(400, "invalid_request", texts === undefined ? `"texts" is required` : `"texts" must be an array of strings`);
      if (texts.length > LIMITS.maxBatch) throw new HttpError(400, "too_many_texts", `at most ${LIMITS.maxBatch} texts per request, got ${texts.length}`);
      const checked = texts.map((t, i) => checkText(t, `texts[${i}]`));
      result = { results: classifier.classifyBatch(checked, topK ? { topK } : {}) };
    }
    // The runtime's clock: millisecond resolution in workerd (and frozen during execution
    // on Cloudflare's edge), so single classifications often show 0.
    const ms = performance.now() - started;
    return json(result, 200, { "server-timing": `classify;dur=${ms.toFixed(3)}` });
  }

  return async function fetch(request: Request, env: EdgeEnv = {}): Promise<Response> {
    const origin = allowedOrigin(request, env.ALLOWED_ORIGINS);
    const cors = corsHeaders(origin);
    const url = new URL(request.url);
    const method = ROUTES[url.pathname];
    try {
      if (request.method === "OPTIONS" && method !== undefined) return preflight(origin);
      if (method === undefined) throw new HttpError(404, "not_found", `no route ${url.pathname}; see GET /v1/model, POST /v1/classify, POST /v1/classify/batch, GET /healthz`);
      if (request.method !== method) throw new HttpError(405, "method_not_allowed", `${url.pathname} accepts ${method}`, { allow: `${method}, OPTIONS` });
      if (env.API_TOKEN && url.pathname !== "/healthz" && !authorized(request, env.API_TOKEN)) {
        throw new HttpError(401, "unauthorized", "missing or wrong bearer token", { "www-authenticate": "Bearer" });
      }
      const response = await route(request, url.pathname);
      for (const [k, v] of Object.entries(cors)) response.headers.set(k, v);
      return response;
    } catch (e) {
      if (e instanceof HttpError) return errorResponse(new HttpError(e.status, e.code, e.message, { ...e.headers, ...cors }));
      return errorResponse(new HttpError(500, "internal_error", "the classifier failed on this request", cors));
    }
  };
}
