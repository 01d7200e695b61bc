// The demo page in Chromium, against the production build.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { toTinytriageJson } from "../../src/model/format.js";
import { tinyModel } from "../helpers/tiny-model.js";
import { openReady, screenshot } from "./helpers.js";

test.afterEach(async ({ page }, info) => screenshot(page, info));

const headLabel = (page: import("@playwright/test").Page, head: string) => page.locator(`.head[data-head="${head}"] select`);

test("shows a calm empty state, then classifies a clear ticket of each department", async ({ page }) => {
  await openReady(page, "index.html");
  await expect(page.locator("#empty")).toBeVisible();
  const cases: [string, string, string][] = [
    ["I was charged twice for my subscription, please refund me", "billing", "refund"],
    ["Where is my parcel? Please share the tracking number", "logistics", "order_tracking"],
    ["I can't log in, the password reset link doesn't work", "technical", "account_access"],
    ["Can we book a demo for our team of 40 agents?", "sales", "demo_request"],
    ["Thank you so much, your support team was fantastic!", "general", "praise"],
  ];
  for (const [text, department, intent] of cases) {
    await page.fill("#ticket", text);
    await expect(headLabel(page, "department")).toHaveValue(department);
    await expect(headLabel(page, "intent")).toHaveValue(intent);
    await expect(page.locator("#narrative")).toContainText("Route to");
    await expect(page.locator("#status")).toContainText(/Classified in [\d.]+ ms/);
  }
  await page.fill("#ticket", "   ");
  await expect(page.locator("#empty")).toBeVisible();
});

test("a Hinglish ticket, with the debug view", async ({ page }) => {
  await openReady(page, "index.html");
  await page.fill("#ticket", "refund nahi mila abhi tak, paisa wapas chahiye");
  await expect(headLabel(page, "intent")).toHaveValue("refund");
  await expect(headLabel(page, "department")).toHaveValue("billing");
  await page.click("#debug summary");
  await expect(page.locator("#debug-body")).toContainText("refund not received now");
  await expect(page.locator("#debug-body")).toContainText("Keyword flags fired");
  await expect(page.locator("#debug-body")).not.toContainText("Sentiment words"); // the default model has no lexicon
});

test("corrections download as corrections.jsonl in the trainer's format", async ({ page }) => {
  await openReady(page, "index.html");
  // Correct a head to a label other than the model's.
  const correct = async (head: string, preferred: string[]) => {
    const current = await headLabel(page, head).inputValue();
    const label = preferred.find((l) => l !== current)!;
    await headLabel(page, head).selectOption(label);
    return label;
  };
  await page.fill("#ticket", "the app is slow today");
  await expect(page.locator("#debug-body")).toContainText("the app is slow today");
  const sentiment = await correct("sentiment", ["positive", "negative"]);
  const intent = await correct("intent", ["feature_request", "complaint"]);
  await page.fill("#ticket", "thanks for nothing, parcel lost again");
  await expect(page.locator("#debug-body")).toContainText("parcel lost again");
  const churn = await correct("churn_risk", ["high", "low"]);
  await expect(page.locator("#correction-count")).toHaveText("2");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-corrections")]);
  expect(download.suggestedFilename()).toBe("corrections.jsonl");
  const lines = readFileSync((await download.path())!, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, string>);
  const slow = lines.find((l) => l.text === "the app is slow today");
  expect(slow).toBeDefined();
  expect(slow!.sentiment).toBe(sentiment);
  expect(slow!.intent).toBe(intent);
  expect(slow!.source).toBe("demo");
  expect(Date.parse(slow!.timestamp!)).toBeGreaterThan(0);
  const lost = lines.find((l) => l.text === "thanks for nothing, parcel lost again");
  expect(lost?.churn_risk).toBe(churn);
});

test("batch mode on a 1,000-line file, without long tasks on the main thread", async ({ page }, info) => {
  await openReady(page, "index.html");
  await page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window as unknown as { longTasks: number[] }).longTasks.push(e.duration))).observe({ type: "longtask", buffered: false });
  });
  const texts = ["refund please", "where is my order", "app crashes on login", "can I get a demo", "love your service"];
  const lines = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ id: `t${i}`, text: `${texts[i % texts.length]} #${i}` }));
  const file = info.outputPath("tickets.jsonl");
  (await import("node:fs")).writeFileSync(file, `${lines.join("\n")}\n`);
  await page.setInputFiles("#batch-file", file);
  await expect(page.locator("#batch-status")).toHaveAttribute("data-done", "1000", { timeout: 30_000 });
  await expect(page.locator("#batch-table tbody tr")).toHaveCount(200);
  await expect(page.locator('[data-counts="department"]')).toContainText("billing");
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  expect(longTasks.filter((d) => d > 50)).toEqual([]);
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#batch-download-csv")]);
  const rows = readFileSync((await csv.path())!, "utf8").trim().split("\n");
  expect(rows).toHaveLength(1001);
  expect(rows[0]).toMatch(/^id,text,department,department_confidence,sentiment/);
  expect(rows[1]).toMatch(/^t0,refund please #0,billing,/);
  const [jsonl] = await Promise.all([page.waitForEvent("download"), page.click("#batch-download-jsonl")]);
  const records = readFileSync((await jsonl.path())!, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; intent: { label: string } });
  expect(records).toHaveLength(1000);
  expect(records.map((r) => r.id)).toEqual(lines.map((l) => (JSON.parse(l) as { id: string }).id));
  expect(records[0]!.intent.label).toBe("refund");
});

test("a 1 MB paste stays responsive and shows the truncation", async ({ page }) => {
  await openReady(page, "index.html");
  const big = "my refund is late and the app is broken ".repeat(26_000);
  await page.evaluate((text) => {
    const t = document.getElementById("ticket") as HTMLTextAreaElement;
    t.value = text;
    t.dispatchEvent(new Event("input"));
  }, big);
  await expect(page.locator("#truncation")).toBeVisible();
  await expect(page.locator("#truncation")).toContainText("Only the first 32,768 characters");
  await expect(page.locator("#status")).toContainText("Classified", { timeout: 10_000 });
  const clicked = await page.evaluate(() => {
    const t0 = performance.now();
    (document.querySelector("[data-example]") as HTMLButtonElement).click();
    return performance.now() - t0;
  });
  expect(clicked).toBeLessThan(50);
});

test("a broken model URL or file shows an error and keeps the previous model", async ({ page }, info) => {
  await openReady(page, "index.html");
  await page.fill("#model-url", new URL("no-such-model.json", page.url()).href);
  await page.click("#model-load");
  await expect(page.locator("#model-error")).toContainText("HTTP 404");
  await expect(page.locator("#model-error")).toContainText("previous model is still in use");
  const bad = info.outputPath("bad-model.json");
  (await import("node:fs")).writeFileSync(bad, JSON.stringify({ format: "tinytriage-model", version: 1 }));
  await page.setInputFiles("#model-file", bad);
  await expect(page.locator("#model-error")).toContainText("preprocess: missing required field");
  await page.fill("#ticket", "where is my order");
  await expect(headLabel(page, "department")).toHaveValue("logistics");
  await expect(page.locator("#model-info")).toContainText("parameters");
  await expect(page.locator("#model-info")).toContainText("department (follows intent)");
});

test("a model with a sentiment lexicon loaded from a file shows its sentiment words in the debug view", async ({ page }, info) => {
  await openReady(page, "index.html");
  const file = info.outputPath("lexicon-model.json");
  (await import("node:fs")).writeFileSync(file, JSON.stringify(toTinytriageJson(tinyModel({ lexicon: true }))));
  await page.setInputFiles("#model-file", file);
  await expect(page.locator("#model-error")).toBeHidden();
  await page.fill("#ticket", "never broken, so i love it");
  await page.click("#debug summary");
  await expect(page.locator("#debug-body")).toContainText("Sentiment words (polarity after negation): broken +2, love +2");
  await page.fill("#ticket", "love it");
  await expect(page.locator("#debug-body")).toContainText("love +2");
});

test("works at phone width and by keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openReady(page, "index.html");
  await page.focus("#ticket");
  await page.keyboard.type("cancel my subscription please");
  await expect(headLabel(page, "intent")).toHaveValue("cancellation");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByLabel("Ticket text")).toBeVisible();
});

test("keeps working offline once loaded", async ({ page, context }) => {
  await openReady(page, "index.html");
  // The service worker caches what the page loaded: the document and every script and style
  // sheet (added in parallel, so each is awaited), the worker, the core and the model.
  await page.waitForFunction(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const page = (await (await caches.open("tinytriage-page-v1")).keys()).map((k) => k.url);
    const models = await (await caches.open("tinytriage-models-v1")).keys();
    const assets = performance.getEntriesByType("resource").map((e) => e.name).filter((u) => u.startsWith(location.origin) && /\.(js|css)$/.test(u));
    return page.includes(location.href) && assets.every((u) => page.includes(u)) && page.some((u) => u.includes("classifier-worker")) && models.some((k) => k.url.endsWith(".wasm")) && models.some((k) => k.url.endsWith("model.json"));
  }, undefined, { timeout: 20_000 });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  await page.fill("#ticket", "where is my order");
  await expect(headLabel(page, "department")).toHaveValue("logistics");
  await context.setOffline(false);
});
