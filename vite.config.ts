import { resolve } from "node:path";
import { defineConfig } from "vite";

// The demo page and the pre-submission form example. The model (public/model.json) and the
// WebAssembly core are served as static assets; the pages use the built library (lib/).
export default defineConfig({
  root: "web",
  // Several pages, no client-side routing: unknown paths are 404s, not index.html.
  appType: "mpa",
  publicDir: resolve(import.meta.dirname, "public"),
  base: "./",
  build: {
    outDir: resolve(import.meta.dirname, "dist"),
    emptyOutDir: true,
    // Keep the WebAssembly cores as files (no data: URLs): each is fetched only when chosen.
    assetsInlineLimit: (file: string) => (file.endsWith(".wasm") ? false : undefined),
    rollupOptions: { input: { main: resolve(import.meta.dirname, "web/index.html"), form: resolve(import.meta.dirname, "web/form.html") } },
  },
  worker: { format: "es" },
  server: { port: 5173 },
  preview: { port: 4173 },
});
