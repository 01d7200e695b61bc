// npm run bench:edge: the bundled Worker under local workerd (Miniflare), driven over loopback
// by a bounded load generator (a fixed number of requests at a fixed concurrency; it stops by
// itself). Reports requests/s and latency for single and batch requests, the first request
// after start, server-side classification time, and the bundle size next to Cloudflare's
// limits. Prints a table and writes bench/results/edge.json.
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { Miniflare } from "miniflare";
import { machine } from "./machine.js";
import { handLabelledLines } from "../train/sources.js";
import { percentile, table } from "./table.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BUNDLE = join(ROOT, "build/worker");
const log = (s: string) => process.stderr.write(`${s}\n`);

const TEXTS = handLabelledLines().map((l) => (JSON.parse(l) as { text: string }).text);

const startedAt = performance.now();
const mf = new Miniflare({
  modules: true,
  scriptPath: join(BUNDLE, "worker.js"),
  modulesRules: [{ type: "CompiledWasm", include: ["**/*.wasm"] }],
  compatibilityDate: "2026-04-01",
  bindings: { ALLOWED_ORIGINS: "*" },
  port: 0,
  host: "127.0.0.1",
});
const url = await mf.ready;
const ready = performance.now();
const post = (path: string, body: unknown) => fetch(new URL(path, url), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const first0 = performance.now();
await (await post("/v1/classify", { text: TEXTS[0] })).text();
const firstRequest = performance.now() - first0;
const coldTotal = performance.now() - startedAt;

interface Run {
  requests: number;
  concurrency: number;
  seconds: number;
  per_s: number;
  p50_ms: number;
  p99_ms: number;
  server_ms_p50: number;
}

async function load(path: string, body: (i: number) => unknown, requests: number, concurrency: number): Promise<Run> {
  const latencies: number[] = [];
  const server: number[] = [];
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < requests) {
      const i = next++;
      const s = performance.now();
      const res = await post(path, body(i));
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
      latencies.push(performance.now() - s);
      server.push(Number(/dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "")?.[1] ?? Number.NaN));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  server.sort((a, b) => a - b);
  return { requests, concurrency, seconds: Number(seconds.toFixed(2)), per_s: Math.round(requests / seconds), p50_ms: Number(percentile(latencies, 50).toFixed(3)), p99_ms: Number(percentile(latencies, 99).toFixed(3)), server_ms_p50: Number(percentile(server, 50).toFixed(3)) };
}

log("warming up…");
await load("/v1/classify", (i) => ({ text: TEXTS[i % TEXTS.length] }), 500, 4);
log("single requests…");
const single = await load("/v1/classify", (i) => ({ text: TEXTS[i % TEXTS.length] }), 4000, 8);
log("batch requests (64 texts each)…");
const BATCH = 64;
const batch = await load("/v1/classify/batch", (i) => ({ texts: Array.from({ length: BATCH }, (_, k) => TEXTS[(i * BATCH + k) % TEXTS.length]) }), 400, 4);
await mf.dispose();

const files = readdirSync(BUNDLE).filter((f) => f.endsWith(".js") || f.endsWith(".wasm"));
const bytes = files.reduce((n, f) => n + statSync(join(BUNDLE, f)).size, 0);
const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(join(BUNDLE, f)), { level: 9 }).length, 0);
const perTicketServer = batch.server_ms_p50 / BATCH;

const results = {
  machine: machine(),
  runtime: "workerd via Miniflare (local), loopback HTTP",
  cold: { workerd_start_ms: Math.round(ready - startedAt), first_request_ms: Number(firstRequest.toFixed(1)), total_ms: Math.round(coldTotal) },
  single,
  batch: { ...batch, texts_per_request: BATCH, tickets_per_s: Math.round(batch.per_s * BATCH), server_ms_per_ticket: Number(perTicketServer.toFixed(4)) },
  bundle: { files, bytes, gzip_bytes: gzip, cloudflare_limits_gzip: { free: 3 * 1024 * 1024, paid: 10 * 1024 * 1024 } },
  notes: "workerd's clock has millisecond resolution (and on Cloudflare's edge it does not advance during execution), so Server-Timing for one ticket mostly reads 0; the per-ticket server time is the batch's Server-Timing divided by its texts.",
};
mkdirSync(join(ROOT, "bench/results"), { recursive: true });
writeFileSync(join(ROOT, "bench/results/edge.json"), `${JSON.stringify(results, null, 2)}\n`);

const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
console.log(`\ntinytriage edge — ${results.machine.cpu}, ${results.machine.cores} cores, ${results.runtime}\n`);
console.log(
  table(
    ["measure", "value", "note"],
    [
      ["single: requests/s", single.per_s.toLocaleString("en-US"), `${single.requests} requests, concurrency ${single.concurrency}`],
      ["single: latency p50 / p99", `${single.p50_ms} / ${single.p99_ms} ms`, "client side, loopback"],
      ["single: Server-Timing p50", `${single.server_ms_p50} ms`, "ms clock; target ≤ 0.1 ms"],
      [`batch of ${BATCH}: requests/s`, `${batch.per_s.toLocaleString("en-US")} (${results.batch.tickets_per_s.toLocaleString("en-US")} tickets/s)`, `${batch.requests} requests, concurrency ${batch.concurrency}`],
      [`batch of ${BATCH}: latency p50 / p99`, `${batch.p50_ms} / ${batch.p99_ms} ms`, ""],
      ["server time per ticket (batch)", `${results.batch.server_ms_per_ticket} ms`, "Server-Timing ÷ texts; target ≤ 0.1 ms"],
      ["cold: workerd start / first request", `${results.cold.workerd_start_ms} / ${results.cold.first_request_ms} ms`, "local process start, then the first request"],
      ["bundle (worker.js + core .wasm)", `${kb(bytes)} (${kb(gzip)} gzipped)`, "Cloudflare limit: 3 MB gzipped (free), 10 MB (paid)"],
    ],
  ),
);
console.log(`\nwrote bench/results/edge.json`);
