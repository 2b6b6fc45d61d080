import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium } from "./scripts/find-chromium.mjs";
import { sandboxServers } from "./e2e/sandbox-servers";
import { appPort } from "./e2e/ports";

const executablePath = findChromium();
export const appUrl = `http://127.0.0.1:${appPort}`;


const sandboxServer = (port: number, flags: string) => ({
  command: `npx tsx scripts/sandbox-server.ts --port ${port} ${flags}`,
  url: `http://127.0.0.1:${port}/__sandbox/requests`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

/**
 * End-to-end tests against the production build (`vite build` first), served by `vite preview`
 * with the same CSP header users get, plus sandbox servers on other ports so sends are
 * cross-origin with real preflights.
 */
export default defineConfig({
  testDir: "e2e",
  testIgnore: ["bench/**"],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: appUrl,
    browserName: "chromium",
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
    permissions: ["clipboard-read", "clipboard-write"],
    trace: "retain-on-failure",
    // The build registers a service worker that precaches every file in the background; specs
    // that route or hold the app's own files want each request to reach the network. The
    // offline spec (e2e/offline.spec.ts) allows it.
    serviceWorkers: "block",
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${appPort} --strictPort`,
      url: appUrl,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // send.spec reads the token it sent back from this server's log.
    sandboxServer(sandboxServers.cors, "--log-tokens"),
    sandboxServer(sandboxServers.noCors, "--no-cors"),
    // The workspace spec compares the token each environment sends, so this log keeps it in clear.
    sandboxServer(sandboxServers.hiddenTraceId, "--hide-trace-id --log-tokens"),
    sandboxServer(sandboxServers.slow, "--delay-ms 30000"),
    sandboxServer(sandboxServers.bulk, "--log-limit 5000"),
    sandboxServer(sandboxServers.bulkFailing, "--log-limit 5000 --fail-every 3"),
  ],
});
