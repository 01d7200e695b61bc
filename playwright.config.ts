import { defineConfig } from "@playwright/test";

// End-to-end tests of the production build (npm run build:web) in Debian's Chromium.
export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  // One retry: Chromium's offline emulation occasionally fails a service-worker reload under
  // heavy CPU load (about 1 run in 30 of the offline test on this 2-core machine); a test that
  // needs the retry is reported as flaky, and a real failure still fails twice.
  retries: 1,
  workers: 1,
  reporter: [["list"], ["./tests/e2e/summary-reporter.ts"]],
  outputDir: "test-results",
  use: {
    baseURL: "http://127.0.0.1:4173/",
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
    acceptDownloads: true,
  },
  webServer: {
    command: "npx vite preview --host 127.0.0.1 --port 4173 --strictPort",
    url: "http://127.0.0.1:4173/",
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
