import { defineConfig } from "vitest/config";
import solid from "vite-plugin-solid";
import { contentSecurityPolicy } from "./scripts/csp";

export default defineConfig({
  plugins: [solid()],
  build: {
    target: "es2022",
    // Monaco is large by nature; it is loaded lazily, so its chunk size is not a first-load cost.
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
