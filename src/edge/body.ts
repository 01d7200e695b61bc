// Reading a JSON request body with a size limit: checked from Content-Length first, then while
// reading (a client may send no length or a false one), so an oversized body is never buffered.
import { HttpError } from "./http.js";

export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, "unsupported_media_type", `expected Content-Type: application/json, got ${type ? `"${type}"` : "none"}`);
  }
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (request.body === null) throw new HttpError(400, "invalid_json", "the request body is empty");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) (bytes.set(c, at), (at += c.byteLength));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, "invalid_json", "the request body is not valid UTF-8");
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, "invalid_json", `the request body is not valid JSON (${(e as Error).message})`);
  }
}

const tooLarge = (maxBytes: number) => new HttpError(413, "payload_too_large", `the request body is larger than ${maxBytes} bytes`);
