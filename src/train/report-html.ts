// A self-contained HTML evaluation report: tables, confusion matrices and per-class bars as
// inline SVG. No scripts, fonts or images from anywhere else, so it opens offline.
import type { Evaluation } from "./evaluate.js";
import type { HeadMetrics } from "./metrics.js";

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function confusionSvg(m: HeadMetrics): string {
  const labels = m.per_class.map((c) => c.label);
  const n = labels.length;
  const cell = n > 10 ? 26 : 40;
  const left = 130;
  const top = 120;
  const size = cell * n;
  const rows = m.confusion.map((row) => row.reduce((a, b) => a + b, 0));
  const parts: string[] = [];
  m.confusion.forEach((row, i) =>
    row.forEach((v, j) => {
      const share = rows[i]! > 0 ? v / rows[i]! : 0;
      const color = i === j ? `rgba(34,139,34,${0.1 + 0.9 * share})` : `rgba(220,50,47,${share === 0 ? 0 : 0.1 + 0.9 * share})`;
      parts.push(`<rect x="${left + j * cell}" y="${top + i * cell}" width="${cell}" height="${cell}" fill="${color}" stroke="#ddd"><title>true ${esc(labels[i]!)}, predicted ${esc(labels[j]!)}: ${v}</title></rect>`);
      if (v > 0) parts.push(`<text x="${left + j * cell + cell / 2}" y="${top + i * cell + cell / 2 + 4}" font-size="10" text-anchor="middle">${v}</text>`);
    }),
  );
  labels.forEach((l, i) => {
    parts.push(`<text x="${left - 6}" y="${top + i * cell + cell / 2 + 4}" font-size="11" text-anchor="end">${esc(l)}</text>`);
    parts.push(`<text transform="translate(${left + i * cell + cell / 2},${top - 6}) rotate(-50)" font-size="11">${esc(l)}</text>`);
  });
  parts.push(`<text x="${left + size / 2}" y="${top + size + 24}" font-size="12" text-anchor="middle">predicted</text>`);
  parts.push(`<text transform="translate(14,${top + size / 2}) rotate(-90)" font-size="12" text-anchor="middle">true</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + size + 20}" height="${top + size + 40}" role="img" aria-label="confusion matrix">${parts.join("")}</svg>`;
}

function barsSvg(m: HeadMetrics): string {
  const width = 520;
  const bar = 16;
  const left = 130;
  const parts = m.per_class.map((c, i) => {
    const y = 10 + i * (bar + 6);
    const w = (width - left - 60) * c.f1;
    return `<text x="${left - 6}" y="${y + 12}" font-size="11" text-anchor="end">${esc(c.label)}</text><rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="#4682b4"><title>F1 ${c.f1.toFixed(3)}, precision ${c.precision.toFixed(3)}, recall ${c.recall.toFixed(3)}, support ${c.support}</title></rect><text x="${left + w + 4}" y="${y + 12}" font-size="11">${c.f1.toFixed(2)} (n=${c.support})</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${20 + m.per_class.length * (bar + 6)}" role="img" aria-label="F1 per class">${parts.join("")}</svg>`;
}

function groupTable(title: string, group: Evaluation["by_source"]): string {
  const keys = Object.keys(group);
  if (keys.length === 0) return "";
  const heads = [...new Set(keys.flatMap((k) => Object.keys(group[k]!)))];
  const rows = keys.map((k) => `<tr><th>${esc(k)}</th>${heads.map((h) => {
    const m = group[k]![h];
    return `<td>${m ? `${pct(m.accuracy)} <small>F1 ${m.macro_f1.toFixed(3)}, n=${m.count}</small>` : "–"}</td>`;
  }).join("")}</tr>`);
  return `<h2>${esc(title)}</h2><table><tr><th></th>${heads.map((h) => `<th>${esc(h)}</th>`).join("")}</tr>${rows.join("")}</table>`;
}

export function renderReport(title: string, e: Evaluation, notes: Record<string, string> = {}): string {
  const summary = Object.entries(e.heads)
    .filter(([, m]) => m.count > 0)
    .map(([h, m]) => `<tr><th>${esc(h)}</th><td>${pct(m.accuracy)}</td><td>${m.macro_f1.toFixed(3)}</td><td>${m.macro_recall.toFixed(3)}</td><td>${m.count}</td></tr>`)
    .join("");
  const heads = Object.entries(e.heads)
    .filter(([, m]) => m.count > 0)
    .map(([h, m]) => `<section><h2>${esc(h)}</h2><div class="row"><div>${confusionSvg(m)}</div><div>${barsSvg(m)}</div></div></section>`)
    .join("");
  const noteRows = Object.entries(notes).map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1200px}
table{border-collapse:collapse;margin:8px 0 20px}th,td{border:1px solid #ddd;padding:4px 8px;text-align:left}
th{background:#f6f6f6}.row{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}small{color:#666}
</style></head><body>
<h1>${esc(title)}</h1>
${noteRows ? `<table>${noteRows}</table>` : ""}
<p>${e.count} rows; exact match over labelled heads: ${pct(e.exact_match)}</p>
<table><tr><th>head</th><th>accuracy</th><th>macro-F1</th><th>macro-recall</th><th>rows</th></tr>${summary}</table>
${groupTable("By source", e.by_source)}
${groupTable("By tag", e.by_tag)}
${heads}
</body></html>
`;
}
