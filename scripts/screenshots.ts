/**
 * `npm run screenshots`: pictures of the main states for the README, taken from the production
 * build (run `npm run build` first; this script builds nothing), so they show what users get.
 *
 *   npm run build && npm run screenshots [-- --out docs/screenshots]
 *
 * For each size (desktop 1440×900, phone 390×844) and theme (light, dark: the system's setting,
 * which the app follows by default) it goes through the first screen, a body with problems and
 * the answer to a successful send, and keeps the pictures listed in `kept`. Sends go to the Sandbox target, which answers inside the page,
 * so no server but the static one is needed. The clock is fixed and the random numbers (the
 * Sandbox's traceId) are seeded, so an unchanged app gives the same pictures.
 */
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { startStaticServer } from "../e2e/bench/static-server.ts";
import { documentedExampleText } from "../src/endpoint/example.ts";
import { contentSecurityPolicy } from "./csp.ts";
import { chromiumArgs, findChromium } from "./find-chromium.mjs";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
const outArg = process.argv.indexOf("--out");
const outDir = resolve(root, outArg >= 0 ? (process.argv[outArg + 1] ?? "") : "docs/screenshots");

const sizes = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
const themes = ["light", "dark"] as const;
type State = "first" | "problems" | "response";
/**
 * Which states each size and theme keeps: every state in at least one theme at each size, both
 * themes' first screens, and the whole set under ~1.2 MB for the repository.
 */
const kept: Record<`${keyof typeof sizes}-${(typeof themes)[number]}`, readonly State[]> = {
  "desktop-light": ["first", "problems"],
  "desktop-dark": ["first", "response"],
  "phone-light": ["first", "response"],
  "phone-dark": ["first", "problems"],
};
/** A fixed "now": the history's times and the form's dates read the same on every run. */
const fixedNow = new Date("2026-03-02T09:30:00Z");

/** The documented example with a name that fits its limit: a body with no problems. */
const validBody = documentedExampleText.replace('"FackbookOrderConversionRate"', '"FackbookConvRate"');
const bodyWithProblems = `{
  "marketing_activity_datas": [
    {
      "marketing_event_id": "MA_2026_spring",
      "order_num": 1.5,
      "type": 9
    }
  ]
}`;

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole("textbox", { name: /^Request body/ }).waitFor({ state: "attached" });
  await page.locator(".view-lines").getByText("marketing_activity_datas").first().waitFor();
  await waitForProblemsCount(page, /^(?!Checking)/);
}

/** Waits until the Problems count reads like `pattern` (validation runs in a worker). */
async function waitForProblemsCount(page: Page, pattern: RegExp): Promise<void> {
  await page.getByTestId("problems-count").filter({ hasText: pattern }).waitFor();
}

/** Replaces the body as a paste would (the editor keeps its undo history and validation). */
async function setBody(page: Page, text: string): Promise<void> {
  await page.getByRole("textbox", { name: /^Request body/ }).focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("Control+V");
}

async function shoot(page: Page, name: string): Promise<string> {
  // Focus out of the editor: no caret, no current-line highlight.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path, animations: "disabled", caret: "hide" });
  return path;
}

async function main(): Promise<void> {
  if (!existsSync(join(dist, "index.html"))) throw new Error("No production build in dist/: run `npm run build` first.");
  // Pictures of states no longer taken should not linger.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const server = await startStaticServer(dist, { "Content-Security-Policy": contentSecurityPolicy });
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  const written: string[] = [];
  try {
    for (const [size, viewport] of Object.entries(sizes)) {
      for (const theme of themes) {
        const context = await browser.newContext({
          viewport,
          colorScheme: theme,
          deviceScaleFactor: 1,
          permissions: ["clipboard-read", "clipboard-write"],
          // The service worker's precaching and update notice are not part of the pictures.
          serviceWorkers: "block",
        });
        // Seeded random numbers: the Sandbox's traceId and the history's ids repeat run to run.
        await context.addInitScript(() => {
          let seed = 0x2f6b1a3d;
          const next = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0), seed);
          crypto.getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
            if (array) {
              const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
              for (let i = 0; i < bytes.length; i++) bytes[i] = next() & 0xff;
            }
            return array;
          };
          Math.random = () => next() / 2 ** 32;
        });
        const page = await context.newPage();
        await page.clock.setFixedTime(fixedNow);
        await openApp(page, server.url);
        const prefix = `${size}-${theme}` as keyof typeof kept;
        const keep = async (state: State) => {
          if (kept[prefix].includes(state)) written.push(await shoot(page, state === "first" ? prefix : `${prefix}-${state}`));
        };
        await keep("first");

        await setBody(page, bodyWithProblems);
        await waitForProblemsCount(page, /error/);
        await keep("problems");

        await setBody(page, validBody);
        await waitForProblemsCount(page, /^No problems$/);
        await page.getByRole("button", { name: "Send", exact: true }).click();
        if (size === "phone") await page.getByRole("tab", { name: /^Response and curl/ }).click();
        await page.getByTestId("response-status").getByText(/^200/).waitFor();
        await keep("response");
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  let total = 0;
  for (const path of written) {
    const bytes = statSync(path).size;
    total += bytes;
    console.log(`${path.slice(root.length + 1)}  ${(bytes / 1024).toFixed(0)} KiB`);
  }
  console.log(`${written.length} screenshots, ${(total / 1024).toFixed(0)} KiB in all`);
}

await main();
