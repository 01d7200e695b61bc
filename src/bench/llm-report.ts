// The comparison report: per target, exact match, per-head accuracy and macro-F1, errors,
// latency, throughput and cost per 1,000 tickets; per tag slices; as text, JSON and HTML.
import { Confusion } from "../train/metrics.js";
import type { GoldCase } from "./gold.js";
import type { HeadSpec } from "./providers/types.js";
import type { CaseResult } from "./runner.js";
import { percentile, table } from "./table.js";

export interface Prices {
  [target: string]: { input_per_million: number; output_per_million: number };
}

export interface TargetReport {
  target: string;
  cases: number;
  exact_match: number;
  heads: Record<string, { accuracy: number; macro_f1: number }>;
  errors: number;
  latency_ms: { p50: number; p95: number };
  tickets_per_s: number;
  cost_per_1000: number | null;
  tokens_per_ticket: { input: number; output: number } | null;
  slices: Record<string, { cases: number; exact_match: number }>;
}

const ERROR = "(error)";

export function summarize(target: string, heads: readonly HeadSpec[], gold: readonly GoldCase[], results: readonly CaseResult[], seconds: number, prices: Prices): TargetReport {
  const byId = new Map(results.map((r) => [r.id, r]));
  const confusions = heads.map((h) => new Confusion([...h.labels, ERROR]));
  let exact = 0;
  const slices = new Map<string, { cases: number; exact: number }>();
  for (const c of gold) {
    const r = byId.get(c.id);
    if (!r) continue;
    let all = true;
    heads.forEach((h, hi) => {
      const truth = c.labels[h.name];
      if (truth === undefined) return;
      const t = h.labels.indexOf(truth);
      if (t < 0) return;
      const predicted = r.labels?.[h.name];
      const p = predicted === undefined ? h.labels.length : h.labels.indexOf(predicted);
      if (p !== t) all = false;
      confusions[hi]!.add(t, p < 0 ? h.labels.length : p);
    });
    if (all && !r.error) exact++;
    for (const tag of c.tags) {
      const s = slices.get(tag) ?? { cases: 0, exact: 0 };
      s.cases++;
      if (all && !r.error) s.exact++;
      slices.set(tag, s);
    }
  }
  const answered = gold.filter((c) => byId.has(c.id)).length;
  const latencies = results.map((r) => r.latency_ms).sort((a, b) => a - b);
  const usage = results.filter((r) => r.usage);
  const tokens = usage.length ? { input: usage.reduce((s, r) => s + r.usage!.inputTokens, 0) / usage.length, output: usage.reduce((s, r) => s + r.usage!.outputTokens, 0) / usage.length } : null;
  const price = prices[target];
  const cost = target === "local" ? 0 : price && tokens ? ((tokens.input * price.input_per_million + tokens.output * price.output_per_million) / 1e6) * 1000 : null;
  return {
    target,
    cases: answered,
    exact_match: answered ? exact / answered : 0,
    heads: Object.fromEntries(
      heads.map((h, hi) => {
        const m = confusions[hi]!.metrics();
        // Macro-F1 over the real labels; errors lower recall but are not a class of their own.
        const real = m.per_class.filter((c) => c.label !== ERROR && c.support > 0);
        return [h.name, { accuracy: m.accuracy, macro_f1: real.length ? real.reduce((s, c) => s + c.f1, 0) / real.length : 0 }];
      }),
    ),
    errors: results.filter((r) => r.error).length,
    latency_ms: { p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
    tickets_per_s: seconds > 0 ? results.length / seconds : 0,
    cost_per_1000: cost,
    tokens_per_ticket: tokens,
    slices: Object.fromEntries([...slices].sort().map(([k, v]) => [k, { cases: v.cases, exact_match: v.exact / v.cases }])),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function textTable(reports: readonly TargetReport[], heads: readonly HeadSpec[]): string {
  return table(
    ["target", "exact", ...heads.map((h) => `${h.name} acc / F1`), "errors", "p50 / p95 ms", "tickets/s", "$ / 1k"],
    reports.map((r) => [
      r.target,
      pct(r.exact_match),
      ...heads.map((h) => `${pct(r.heads[h.name]!.accuracy)} / ${r.heads[h.name]!.macro_f1.toFixed(2)}`),
      r.errors,
      `${r.latency_ms.p50.toFixed(r.latency_ms.p50 < 1 ? 3 : 0)} / ${r.latency_ms.p95.toFixed(r.latency_ms.p95 < 1 ? 3 : 0)}`,
      Math.round(r.tickets_per_s).toLocaleString("en-US"),
      r.cost_per_1000 === null ? "unknown" : r.cost_per_1000.toFixed(4),
    ]),
  );
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** A self-contained HTML page: the table and bar charts as inline SVG. */
export function htmlReport(reports: readonly TargetReport[], heads: readonly HeadSpec[], title: string): string {
  const bars = (label: string, values: [string, number][], format: (v: number) => string, max: number) => {
    const rowH = 22;
    const parts = values.map(([name, v], i) => {
      const w = max > 0 ? (v / max) * 320 : 0;
      return `<text x="150" y="${i * rowH + 15}" font-size="12" text-anchor="end">${esc(name)}</text><rect x="156" y="${i * rowH + 3}" width="${w.toFixed(1)}" height="16" fill="#4682b4"/><text x="${160 + w}" y="${i * rowH + 15}" font-size="12">${esc(format(v))}</text>`;
    });
    return `<figure><figcaption>${esc(label)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="560" height="${values.length * rowH + 6}" role="img" aria-label="${esc(label)}">${parts.join("")}</svg></figure>`;
  };
  const rows = reports
    .map((r) => `<tr><th>${esc(r.target)}</th><td>${pct(r.exact_match)}</td>${heads.map((h) => `<td>${pct(r.heads[h.name]!.accuracy)} <small>F1 ${r.heads[h.name]!.macro_f1.toFixed(2)}</small></td>`).join("")}<td>${r.errors}</td><td>${r.latency_ms.p50.toFixed(2)} / ${r.latency_ms.p95.toFixed(2)}</td><td>${Math.round(r.tickets_per_s)}</td><td>${r.cost_per_1000 === null ? "unknown" : r.cost_per_1000.toFixed(4)}</td></tr>`)
    .join("");
  const charts = [
    bars("Exact match", reports.map((r) => [r.target, r.exact_match]), pct, 1),
    ...heads.map((h) => bars(`${h.name} accuracy`, reports.map((r) => [r.target, r.heads[h.name]!.accuracy]), pct, 1)),
    bars("Latency p50 (ms)", reports.map((r) => [r.target, r.latency_ms.p50]), (v) => v.toFixed(2), Math.max(...reports.map((r) => r.latency_ms.p50))),
  ].join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:24px;max-width:1200px}table{border-collapse:collapse}th,td{border:1px solid #ddd;padding:4px 8px;text-align:left}small{color:#666}figure{margin:16px 0}</style></head>
<body><h1>${esc(title)}</h1><table><tr><th>target</th><th>exact match</th>${heads.map((h) => `<th>${esc(h.name)}</th>`).join("")}<th>errors</th><th>p50 / p95 ms</th><th>tickets/s</th><th>$ / 1k</th></tr>${rows}</table>${charts}</body></html>
`;
}
