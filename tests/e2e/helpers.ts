import type { Page, TestInfo } from "@playwright/test";

/** Opens a page of the production build and waits until its classifier is loaded. */
export async function openReady(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
}

/** A screenshot of the page as an artifact of the test. */
export async function screenshot(page: Page, info: TestInfo): Promise<void> {
  const file = info.outputPath("page.png");
  await page.screenshot({ path: file, fullPage: true });
  await info.attach("page", { path: file, contentType: "image/png" });
}
