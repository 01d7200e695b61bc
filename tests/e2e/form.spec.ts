// The pre-submission form example in Chromium.
import { expect, test } from "@playwright/test";
import { openReady, screenshot } from "./helpers.js";

test.afterEach(async ({ page }, info) => screenshot(page, info));

test("routes while typing and attaches the classification on submit", async ({ page }) => {
  await openReady(page, "form.html");
  await page.fill("#name", "Asha");
  await page.fill("#email", "asha@example.com");
  await page.locator("#message").pressSequentially("My parcel never arrived, tracking says delivered", { delay: 5 });
  await expect(page.locator("#routing")).toHaveAttribute("data-department", "logistics");
  await expect(page.locator("#routing")).toContainText("logistics team");
  await expect(page.locator("#help")).toContainText("While you wait");
  await page.click("button[type=submit]");
  await expect(page.locator("#payload")).toContainText("classification");
  const payload = JSON.parse((await page.locator("#payload").textContent())!) as { name: string; classification: { department: string; intent: string; confidence: number } };
  expect(payload.name).toBe("Asha");
  expect(payload.classification.department).toBe("logistics");
  expect(payload.classification.intent).toBe("delivery_issue");
  expect(payload.classification.confidence).toBeGreaterThan(0.5);
});
