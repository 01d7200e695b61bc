// JSON over HTTP for the hosted targets: errors carry the status and Retry-After.
import { HttpFailure } from "./types.js";

export async function postJson(url: string, body: unknown, headers: Record<string, string>, signal: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body), signal });
  const text = await res.text();
  if (!res.ok) {
    const ra = res.headers.get("retry-after");
    const seconds = ra === null ? null : Number.isFinite(Number(ra)) ? Number(ra) : Math.max(0, (Date.parse(ra) - Date.now()) / 1000);
    throw new HttpFailure(res.status, `HTTP ${res.status}: ${text.slice(0, 200)}`, seconds);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpFailure(res.status, `the response is not JSON: ${text.slice(0, 120)}`);
  }
}
