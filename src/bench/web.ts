// npm run bench:web: the production build of the demo page in headless Chromium on localhost:
// time from navigation to the first classification on screen, worker round-trip latency per
// classification, batch throughput in the worker, and what the page transfers (JS and WASM
// without the model, and the model), gzipped. Prints a table, writes bench/results/web.json.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { machine } from "./machine.js";
import { handLabelledLines } from "../train/sources.js";
import { percentile, table } from "./table.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}/`;
const log = (s: string) => process.stderr.write(`${s}\n`);

const server = spawn(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "preview", "--host", "127.0.0.1", "--port", String(PORT), "--strictPort"], { cwd: ROOT, stdio: "ignore" });
const stop = () => server.kill();
process.on("exit", stop);
for (let i = 0; i < 100; i++) {
  if (await fetch(BASE).then((r) => r.ok, () => false)) break;
  await new Promise((r) => setTimeout(r, 100));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
});

// Navigation → first classification rendered, in fresh contexts (nothing cached).
const firstPaint: number[] = [];
let loaded: string[] = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}index.html?text=${encodeURIComponent("refund nahi mila yet")}`);
  await page.waitForFunction(() => performance.getEntriesByName("first-classification").length > 0, undefined, { timeout: 20_000 });
  firstPaint.push(await page.evaluate(() => performance.getEntriesByName("first-classification")[0]!.startTime));
  if (i === 0) loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  await context.close();
}
firstPaint.sort((a, b) => a - b);

const context = await browser.newContext();
const page = await context.newPage();
await page.goto(`${BASE}index.html`);
await page.waitForSelector("body[data-ready=true]");
const texts = handLabelledLines().map((l) => (JSON.parse(l) as { text: string }).text);
log("measuring round trips…");
const roundTrips = await page.evaluate(async (ts) => {
  const c = (window as unknown as { tinytriage: { classify(t: string): Promise<unknown> } }).tinytriage;
  for (let i = 0; i < 300; i++) await c.classify(ts[i % ts.length]!);
  const out: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t0 = performance.now();
    await c.classify(ts[i % ts.length]!);
    out.push(performance.now() - t0);
  }
  return out;
}, texts);
roundTrips.sort((a, b) => a - b);
log("measuring batch throughput…");
const batch = await page.evaluate(async (ts) => {
  const c = (window as unknown as { tinytriage: { classifyBatch(t: string[], o: { chunk: number }): Promise<unknown[]> } }).tinytriage;
  const many = Array.from({ length: 10_000 }, (_, i) => ts[i % ts.length]!);
  await c.classifyBatch(many.slice(0, 1000), { chunk: 500 });
  const t0 = performance.now();
  await c.classifyBatch(many, { chunk: 500 });
  return { tickets: many.length, ms: performance.now() - t0 };
}, texts);
await browser.close();
stop();

// Transfer sizes of what the page loaded, gzipped as a server would send them.
const dist = join(ROOT, "dist");
const files = loaded.map((u) => decodeURIComponent(new URL(u).pathname).replace(/^\//, "")).filter((p) => existsSync(join(dist, p)));
const gz = (p: string) => gzipSync(readFileSync(join(dist, p)), { level: 9 }).length;
const code = files.filter((p) => /\.(js|wasm|css)$/.test(p) && !p.endsWith("sw.js"));
const codeGzip = code.reduce((n, p) => n + gz(p), 0) + gz("index.html");
const modelGzip = gz("model.json");

const results = {
  machine: machine(),
  browser: "Chromium (Debian), headless, production build on localhost",
  first_classification_ms: { median: Math.round(percentile(firstPaint, 50)), runs: firstPaint.map(Math.round) },
  round_trip_ms: { p50: Number(percentile(roundTrips, 50).toFixed(3)), p99: Number(percentile(roundTrips, 99).toFixed(3)), samples: roundTrips.length },
  batch: { tickets: batch.tickets, seconds: Number((batch.ms / 1000).toFixed(3)), tickets_per_s: Math.round(batch.tickets / (batch.ms / 1000)) },
  transfer: { code_files: code, code_gzip_bytes: codeGzip, model_gzip_bytes: modelGzip, model_bytes: readFileSync(join(dist, "model.json")).length },
};
mkdirSync(join(ROOT, "bench/results"), { recursive: true });
writeFileSync(join(ROOT, "bench/results/web.json"), `${JSON.stringify(results, null, 2)}\n`);
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
console.log(`\ntinytriage in the browser — ${results.machine.cpu}, ${results.browser}\n`);
console.log(
  table(
    ["measure", "value", "target"],
    [
      ["navigation → first classification (median of 5)", `${results.first_classification_ms.median} ms`, "≤ 500 ms"],
      ["worker round trip p50 / p99", `${results.round_trip_ms.p50} / ${results.round_trip_ms.p99} ms`, "p50 ≤ 2 ms"],
      ["batch in the worker", `${results.batch.tickets_per_s.toLocaleString("en-US")} tickets/s`, ""],
      ["JS + WASM + HTML + CSS, gzipped", kb(codeGzip), "≤ 60 KB"],
      ["model, gzipped (raw)", `${kb(modelGzip)} (${kb(results.transfer.model_bytes)})`, ""],
    ],
  ),
);
console.log("\nwrote bench/results/web.json");
