import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { Page } from "@playwright/test";
import { contentSecurityPolicy } from "../scripts/csp";
import { validBody } from "./bodies";
import { bodyEditor, expect, openApp, setBody, test } from "./fixtures";
import { offlineBuildServerPort } from "./ports";

// This spec is about the service worker, which playwright.config.ts blocks for the others.
test.use({ serviceWorkers: "allow" });
// Each test loads the app two or three times and has the worker download the whole build.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const dist = join(import.meta.dirname, "..", "dist");
const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".ttf": "font/ttf",
};
const nextTitleMark = " (next build)";

/**
 * Serves the build like `vite preview` (same CSP header); `next = true` stands for a new build
 * deployed over it: its page is marked in the title and its service worker has a new version.
 */
function startBuildServer(): { server: Server; url: string; setNext(next: boolean): void } {
  let next = false;
  const server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? "/", "http://x").pathname;
      const file = normalize(join(dist, path === "/" ? "index.html" : path));
      if (!file.startsWith(dist)) return response.writeHead(403).end();
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch {
        return response.writeHead(404).end();
      }
      let text: string | undefined;
      if (next && file.endsWith("index.html")) text = bytes.toString("utf8").replace("</title>", `${nextTitleMark}</title>`);
      if (next && file.endsWith("sw.js")) text = bytes.toString("utf8").replace(/^const version = "([^"]+)";/m, 'const version = "$1-next";');
      response.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream", "Content-Security-Policy": contentSecurityPolicy, "Cache-Control": "no-cache" });
      response.end(text ?? bytes);
    })();
  });
  server.listen(offlineBuildServerPort, "127.0.0.1");
  return { server, url: `http://127.0.0.1:${offlineBuildServerPort}`, setNext: (value) => (next = value) };
}

let build: ReturnType<typeof startBuildServer>;
test.beforeAll(() => {
  build = startBuildServer();
});
test.afterAll(() => new Promise<void>((resolve) => build.server.close(() => resolve())));

/** Once the service worker controls the page, its cache holds the whole build (it activates after precaching). */
async function whenWorkerControls(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test("after a first visit, the page loads, edits and sends to the Sandbox with the network off", async ({ page, context }) => {
  // The worker's precache waits for the editor: on two cores it competed with Monaco's start.
  await page.addInitScript(() => {
    const calls: boolean[] = [];
    (window as unknown as { __registeredWithEditor: boolean[] }).__registeredWithEditor = calls;
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args: Parameters<typeof register>) {
      calls.push(document.querySelector(".monaco-editor .view-lines") !== null);
      return register.apply(this, args);
    };
  });
  const registrations = () => page.evaluate(() => (window as unknown as { __registeredWithEditor: boolean[] }).__registeredWithEditor);
  // Monaco's chunk held back: the page loads and goes idle, and still nothing is registered.
  let releaseMonaco!: () => void;
  const monacoReleased = new Promise<void>((resolve) => (releaseMonaco = resolve));
  await page.route(/\/assets\/monaco-[^/]*\.js$/, async (route) => {
    await monacoReleased;
    await route.continue();
  });
  // "load" does not wait for the held chunk: a module preload does not delay the load event.
  await page.goto(`${build.url}/`);
  await expect(page.getByTestId("problems-count")).toHaveText("1 error");
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
  expect(await registrations()).toEqual([]);
  releaseMonaco();
  await expect(bodyEditor(page)).toBeAttached();
  await whenWorkerControls(page);
  expect(await registrations()).toEqual([true]);
  await page.unroute(/\/assets\/monaco-[^/]*\.js$/);
  await context.setOffline(true);
  await page.reload();
  await openApp(page, `${build.url}/`);
  await setBody(page, validBody);
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200 OK/);
  // Parts loaded only when first used come from the cache too.
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(page.getByRole("tabpanel", { name: "Form" })).toBeVisible();
  await context.setOffline(false);
});

test("a new build served over an old one is announced, and each page runs one build only", async ({ page }) => {
  build.setNext(false);
  await openApp(page, `${build.url}/`);
  await whenWorkerControls(page);
  const update = page.getByRole("button", { name: "Update ready — reload" });
  await expect(update).toHaveCount(0);

  build.setNext(true);
  // A navigation makes the browser check for a new worker; the old one still serves the old build.
  await page.reload();
  // The new worker first downloads the whole build.
  await expect(update).toBeVisible({ timeout: 60_000 });
  await expect(page).toHaveTitle(/^Sync Data Playground — SHOPLINE sync_data$/);
  await expect(bodyEditor(page)).toBeAttached();
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(page.getByRole("tabpanel", { name: "Form" })).toBeVisible();

  await update.click();
  await expect(page).toHaveTitle(`Sync Data Playground — SHOPLINE sync_data${nextTitleMark}`);
  await expect(update).toHaveCount(0);
  await expect(bodyEditor(page)).toBeAttached();
  await expect(page.getByTestId("problems-count")).not.toHaveText("Checking…");
  // Only the new build's cache is left.
  const caches = await page.evaluate(() => globalThis.caches.keys());
  expect(caches).toHaveLength(1);
  expect(caches[0]).toMatch(/-next$/);
});
