import { defineConfig, type Plugin } from "vitest/config";
import solid from "vite-plugin-solid";
import { contentSecurityPolicy } from "./scripts/csp.ts";
import { monacoLazyDiffEditor } from "./scripts/monaco-lazy-diff-editor.ts";
import { monacoWorkerContributionsTrim } from "./scripts/monaco-trim.ts";
import { editorPreloads, startupShell } from "./scripts/startup-shell.ts";
import { serviceWorker } from "./scripts/service-worker.ts";

/** Writes the CSP into index.html's meta tag; `vite preview` also sends it as a header. */
function cspMetaTag(): Plugin {
  return {
    name: "csp-meta-tag",
    transformIndexHtml: (html) => html.replace("%CSP%", contentSecurityPolicy.replace("; frame-ancestors 'none'", "")),
  };
}

export default defineConfig({
  plugins: [monacoWorkerContributionsTrim(), monacoLazyDiffEditor(), solid(), cspMetaTag(), startupShell(), editorPreloads(), serviceWorker()],
  // Relative asset URLs: the built app works from any path it is hosted at (`/`, `/tools/sync-data/`, …).
  base: "./",
  build: {
    target: "es2022",
    // Monaco is large by nature; it is loaded lazily, so its chunk is not a first-load cost.
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: "es" },
  preview: {
    port: 4173,
    strictPort: true,
    headers: { "Content-Security-Policy": contentSecurityPolicy },
  },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});
