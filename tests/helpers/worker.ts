// The bundled Worker (build/worker, built by `wrangler deploy --dry-run`) running in workerd
// through Miniflare.
import { readdirSync, readFileSync } from "node:fs";
import { Miniflare } from "miniflare";
import { ROOT } from "./paths.js";

export function startWorker(bindings: Record<string, string> = {}, port?: number): Miniflare {
  return new Miniflare({
    modules: true,
    scriptPath: `${ROOT}build/worker/worker.js`,
    modulesRules: [{ type: "CompiledWasm", include: ["**/*.wasm"] }],
    compatibilityDate: "2026-04-01",
    bindings: { ALLOWED_ORIGINS: "https://shop.example, https://help.example", ...bindings },
    ...(port !== undefined ? { port, host: "127.0.0.1" } : {}),
  });
}

/** Resident memory of the workerd processes this Node process started, in bytes (Linux). */
export function workerdRss(): number {
  let total = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid !== process.pid || !stat.includes("(workerd)")) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}
