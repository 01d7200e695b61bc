// The runtime must load in browsers, Web Workers and Cloudflare Workers: nothing it imports,
// directly or indirectly, may be a Node built-in.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]!);
}

it("src/runtime/classifier.ts reaches no Node built-in", () => {
  const seen = new Set<string>();
  const pending = [resolve(ROOT, "src/runtime/classifier.ts")];
  const external: string[] = [];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith(".")) pending.push(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      else external.push(spec);
    }
  }
  expect(seen.size).toBeGreaterThan(10);
  expect(external.filter((s) => s.startsWith("node:") || ["fs", "path", "os", "url", "crypto", "zlib"].includes(s))).toEqual([]);
  expect([...new Set(external)].sort()).toEqual(["valibot"]);
});
