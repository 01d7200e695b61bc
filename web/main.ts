// The demo page: classify as you type, inspect, correct, run batches, load other models.
// Classification runs in the worker; this file only renders.
import { parse as parseCsv } from "csv-parse/browser/esm/sync";
import { createWorkerClassifier, type ClassificationResult, type HeadResult, type LoadedModel, type TopKEntry, type WorkerClassifier } from "../lib/worker/client.js";
import { registerOffline } from "./offline.js";

const MAX_CHARS = 32_768;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ticket = $<HTMLTextAreaElement>("ticket");
const status = $("status");
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

let classifier: WorkerClassifier;
let lastText = "";
let lastResult: ClassificationResult | null = null;
const corrections = new Map<string, Record<string, string>>();

function heads(): LoadedModel["info"]["heads"] {
  return classifier.loaded.info.heads;
}

// --- single ticket ------------------------------------------------------------------------
function renderResult(result: ClassificationResult, ms: number): void {
  if (performance.getEntriesByName("first-classification").length === 0) performance.mark("first-classification");
  $("empty").hidden = true;
  $("result").hidden = false;
  const corrected = corrections.get(lastText) ?? {};
  $("heads").innerHTML = heads()
    .map((h) => {
      const r = result[h.name] as HeadResult;
      const bars = h.labels
        .map((l) => ({ l, p: r.scores[l] ?? 0 }))
        .sort((a, b) => b.p - a.p)
        .map(({ l, p }) => `<div class="bar${l === r.label ? " top" : ""}"><span>${esc(l)}</span><span class="track"><span class="fill" style="width:${(p * 100).toFixed(1)}%"></span></span><span>${pct(p)}</span></div>`)
        .join("");
      const options = h.labels.map((l) => `<option value="${esc(l)}"${(corrected[h.name] ?? r.label) === l ? " selected" : ""}>${esc(l)}</option>`).join("");
      return `<div class="head" data-head="${esc(h.name)}"><h3><span>${esc(h.name)}</span><label class="sr">correct <select aria-label="Correct ${esc(h.name)}" data-correct="${esc(h.name)}">${options}</select></label></h3>${bars}</div>`;
    })
    .join("");
  const topKey = Object.keys(result).find((k) => k.endsWith("_top_k"));
  $("topk").innerHTML = topKey ? `<p><strong>Top intents:</strong> ${(result[topKey] as TopKEntry[]).map((e) => `${esc(e.label)} ${pct(e.confidence)}`).join(" · ")}</p>` : "";
  const hr = result.human_readable;
  $("narrative").innerHTML = [["Summary", hr.summary], ["Triage note", hr.triage_note], ["Reply draft", hr.reply_draft], ...(hr.manual_review_note ? [["Manual review", hr.manual_review_note]] : [])]
    .map(([k, v]) => `<dt>${k}</dt><dd>${esc(v!)}</dd>`)
    .join("");
  const d = result.debug;
  if (d) {
    $("debug-body").innerHTML = `<p><strong>Normalized:</strong> <code>${esc(d.normalized_text) || "(empty)"}</code></p>
      <p class="tokens"><strong>Tokens</strong> (struck out: unknown to the vocabulary): ${d.tokens.map((t, i) => `<span class="${d.known[i] ? "" : "unknown"}">${esc(t)}</span>`).join("") || "none"}</p>
      <p><strong>Keyword flags fired:</strong> ${d.keywords.map(esc).join(", ") || "none"}</p>
      ${d.sentiment_words ? `<p><strong>Sentiment words</strong> (polarity after negation): ${d.sentiment_words.map(([t, p]) => `${esc(t)} ${p > 0 ? "+" : ""}${p}`).join(", ") || "none"}</p>` : ""}
      <p><strong>Active inputs:</strong> ${d.features.length} of ${d.feature_size}</p>`;
  }
  status.textContent = `Classified in ${ms.toFixed(2)} ms (worker round trip, ${classifier.loaded.variant} core).`;
  status.dataset.latency = ms.toFixed(3);
}

async function classifyNow(): Promise<void> {
  const text = ticket.value;
  $("truncation").hidden = text.length <= MAX_CHARS;
  $("truncation").textContent = `Only the first ${MAX_CHARS.toLocaleString()} characters are classified (the text has ${text.length.toLocaleString()}).`;
  if (text.trim() === "") {
    $("result").hidden = true;
    $("empty").hidden = false;
    status.textContent = "Ready.";
    return;
  }
  const started = performance.now();
  const result = await classifier.classifyLatest(text, { debug: true });
  if (result === null) return; // superseded by newer typing
  lastText = text;
  lastResult = result;
  renderResult(result, performance.now() - started);
}

let timer: ReturnType<typeof setTimeout> | undefined;
ticket.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => void classifyNow().catch(showError), 80);
});
document.querySelectorAll<HTMLButtonElement>("[data-example]").forEach((b) =>
  b.addEventListener("click", () => {
    ticket.value = b.dataset.example!;
    void classifyNow().catch(showError);
  }),
);

// --- corrections --------------------------------------------------------------------------
$("heads").addEventListener("change", (e) => {
  const select = e.target as HTMLSelectElement;
  const head = select.dataset.correct;
  if (!head || !lastResult) return;
  const entry = corrections.get(lastText) ?? {};
  if (select.value === (lastResult[head] as HeadResult).label) delete entry[head];
  else entry[head] = select.value;
  if (Object.keys(entry).length > 0) corrections.set(lastText, entry);
  else corrections.delete(lastText);
  renderCorrections();
});

function renderCorrections(): void {
  $("correction-count").textContent = String(corrections.size);
  $<HTMLButtonElement>("download-corrections").disabled = corrections.size === 0;
  $<HTMLButtonElement>("clear-corrections").disabled = corrections.size === 0;
}

function download(name: string, text: string, type: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

$("download-corrections").addEventListener("click", () => {
  const now = new Date().toISOString();
  const lines = [...corrections].map(([text, labels]) => JSON.stringify({ text, ...labels, timestamp: now, source: "demo" }));
  download("corrections.jsonl", `${lines.join("\n")}\n`, "application/x-ndjson");
});
$("clear-corrections").addEventListener("click", () => {
  corrections.clear();
  renderCorrections();
});

// --- batch --------------------------------------------------------------------------------
let batchRows: { id: string; text: string; result: ClassificationResult }[] = [];

function textsFrom(content: string, name: string): { id: string; text: string }[] {
  if (/\.csv$/i.test(name)) {
    const records = parseCsv(content, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
    if (records.length > 0 && !("text" in records[0]!)) throw new Error(`the CSV has no "text" column (columns: ${Object.keys(records[0]!).join(", ")})`);
    return records.map((r, i) => ({ id: r.id ?? String(i + 1), text: r.text ?? "" }));
  }
  if (/\.jsonl?$/i.test(name)) {
    return content.split("\n").filter((l) => l.trim()).map((l, i) => {
      let o: { id?: unknown; text?: unknown };
      try {
        o = JSON.parse(l) as typeof o;
      } catch {
        throw new Error(`${name}:${i + 1}: not valid JSON`);
      }
      if (typeof o.text !== "string") throw new Error(`${name}:${i + 1}: missing "text"`);
      return { id: o.id === undefined ? String(i + 1) : String(o.id), text: o.text };
    });
  }
  return content.split("\n").map((t) => t.trim()).filter(Boolean).map((text, i) => ({ id: String(i + 1), text }));
}

async function runBatch(items: { id: string; text: string }[]): Promise<void> {
  const batchStatus = $("batch-status");
  if (items.length === 0) {
    batchStatus.textContent = "Nothing to classify.";
    return;
  }
  const started = performance.now();
  const results = await classifier.classifyBatch(items.map((i) => i.text), { chunk: 100, onProgress: (done, total) => (batchStatus.textContent = `${done} / ${total}…`) });
  const seconds = (performance.now() - started) / 1000;
  batchRows = items.map((it, i) => ({ ...it, result: results[i]! }));
  batchStatus.textContent = `Classified ${items.length} tickets in ${seconds.toFixed(2)} s (${Math.round(items.length / seconds)} tickets/s).`;
  batchStatus.dataset.done = String(items.length);
  renderBatch();
}

function renderBatch(): void {
  $("batch-output").hidden = false;
  const hs = heads();
  $("batch-counts").innerHTML = hs
    .map((h) => {
      const counts = new Map<string, number>();
      for (const r of batchRows) counts.set((r.result[h.name] as HeadResult).label, (counts.get((r.result[h.name] as HeadResult).label) ?? 0) + 1);
      return `<div data-counts="${esc(h.name)}"><strong>${esc(h.name)}</strong>: ${[...counts].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${esc(l)} ${n}`).join(", ")}</div>`;
    })
    .join("");
  const table = $<HTMLTableElement>("batch-table");
  table.tHead!.innerHTML = `<tr><th>id</th><th>text</th>${hs.map((h) => `<th>${esc(h.name)}</th>`).join("")}</tr>`;
  // The first 200 rows are shown; the downloads hold all of them.
  table.tBodies[0]!.innerHTML = batchRows
    .slice(0, 200)
    .map((r) => `<tr><td>${esc(r.id)}</td><td>${esc(r.text.slice(0, 120))}</td>${hs.map((h) => `<td>${esc((r.result[h.name] as HeadResult).label)}</td>`).join("")}</tr>`)
    .join("");
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
$("batch-download-csv").addEventListener("click", () => {
  const hs = heads();
  const header = ["id", "text", ...hs.flatMap((h) => [h.name, `${h.name}_confidence`])].join(",");
  const lines = batchRows.map((r) => [csvCell(r.id), csvCell(r.text), ...hs.flatMap((h) => [(r.result[h.name] as HeadResult).label, (r.result[h.name] as HeadResult).confidence.toFixed(4)])].join(","));
  download("tinytriage-results.csv", `${header}\n${lines.join("\n")}\n`, "text/csv");
});
$("batch-download-jsonl").addEventListener("click", () => {
  download("tinytriage-results.jsonl", `${batchRows.map((r) => JSON.stringify({ id: r.id, text: r.text, ...r.result })).join("\n")}\n`, "application/x-ndjson");
});
$("batch-run").addEventListener("click", () => void runBatch(textsFrom($<HTMLTextAreaElement>("batch-input").value, "pasted.txt")).catch(showBatchError));
const loadBatchFile = async (file: File) => runBatch(textsFrom(await file.text(), file.name)).catch(showBatchError);
$<HTMLInputElement>("batch-file").addEventListener("change", (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) void loadBatchFile(file);
});
const dropZone = $("batch-input");
dropZone.addEventListener("dragover", (e) => e.preventDefault());
dropZone.addEventListener("drop", (e) => {
  e.preventDefault();
  const file = e.dataTransfer?.files[0];
  if (file) void loadBatchFile(file);
});
function showBatchError(e: unknown): void {
  $("batch-status").textContent = `Error: ${(e as Error).message}`;
}

// --- model ----------------------------------------------------------------------------------
function renderModel(m: LoadedModel): void {
  const meta = (m.info.metadata ?? {}) as Record<string, unknown>;
  const metrics = (m.info.metrics ?? {}) as Record<string, unknown>;
  const test = (metrics.test ?? {}) as Record<string, { accuracy?: number; macro_f1?: number }>;
  const metricRows = Object.entries(test).map(([h, v]) => `<tr><td>${esc(h)}</td><td>${v.accuracy !== undefined ? pct(v.accuracy) : "–"}</td><td>${v.macro_f1?.toFixed(3) ?? "–"}</td></tr>`).join("");
  $("model-info").innerHTML = `<p>${esc(String(meta.name ?? m.info.format))} · format ${esc(m.info.format)} v${m.info.format_version} · ${m.info.parameters.toLocaleString()} parameters · ${(m.bytes / 1024).toFixed(0)} KB · loaded in ${m.loadMs.toFixed(0)} ms · ${m.variant} core</p>
    <ul>${m.info.heads.map((h) => `<li><strong>${esc(h.name)}</strong>${h.follows ? ` (follows ${esc(h.follows)})` : ""}: ${h.labels.map(esc).join(", ")}</li>`).join("")}</ul>
    ${metricRows ? `<table><thead><tr><th>head</th><th>test accuracy</th><th>macro-F1</th></tr></thead><tbody>${metricRows}</tbody></table>` : ""}`;
}

async function loadOther(source: { modelUrl?: string; model?: string }, label: string): Promise<void> {
  const error = $("model-error");
  error.hidden = true;
  status.textContent = `Loading ${label}…`;
  try {
    renderModel(await classifier.load(source));
    status.textContent = `Loaded ${label}.`;
    if (ticket.value.trim()) await classifyNow();
  } catch (e) {
    error.hidden = false;
    error.textContent = `Could not load ${label}: ${(e as Error).message}. The previous model is still in use.`;
    status.textContent = "Ready.";
  }
}
$<HTMLInputElement>("model-file").addEventListener("change", async (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) await loadOther({ model: await file.text() }, file.name);
});
$("model-load").addEventListener("click", () => {
  const url = $<HTMLInputElement>("model-url").value.trim();
  if (url) void loadOther({ modelUrl: url }, url);
});

function showError(e: unknown): void {
  status.textContent = `Error: ${(e as Error).message}`;
}

// --- start ----------------------------------------------------------------------------------
try {
  const shared = new URLSearchParams(location.search).get("text");
  if (shared) ticket.value = shared; // index.html?text=… opens with a ticket to classify
  classifier = await createWorkerClassifier({ modelUrl: new URL("./model.json", location.href).href });
  // A handle for the browser console: await tinytriage.classify("…").
  (window as unknown as { tinytriage: WorkerClassifier }).tinytriage = classifier;
  renderModel(classifier.loaded);
  status.textContent = "Ready.";
  document.body.dataset.ready = "true";
  if (ticket.value.trim()) await classifyNow();
  registerOffline();
} catch (e) {
  status.textContent = `Could not start the classifier: ${(e as Error).message}`;
}
