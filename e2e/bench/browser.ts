import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from "@playwright/test";
import { chromiumArgs, findChromium } from "../../scripts/find-chromium.mjs";

const probePath = fileURLToPath(new URL("./page-probe.js", import.meta.url));

/** One page in a fresh browser context: no cache, no storage, nothing shared with other runs. */
export interface BenchPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
  close(): Promise<void>;
}

export const viewport = { width: 1280, height: 800 };

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs, headless: true });
}

export async function openBenchPage(browser: Browser): Promise<BenchPage> {
  const context = await browser.newContext({ viewport, permissions: ["clipboard-read", "clipboard-write"] });
  await context.addInitScript({ path: probePath });
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, close: () => context.close() };
}

/** The main thread's JS heap after a full garbage collection, in MB (workers have their own heaps). */
export async function usedHeapMb(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return usedSize / 1024 / 1024;
}
