import type { Browser } from "@playwright/test";
import { openBenchPage, type BenchPage } from "./browser";
import type { PageId, PageUnderTest } from "./pages";
import type { StaticServer } from "./static-server";

export interface BenchContext {
  readonly root: string;
  readonly browser: Browser;
  readonly pages: Record<PageId, PageUnderTest>;
  readonly servers: Record<PageId, StaticServer>;
  /** Measured runs per figure (after `warmups` discarded ones). */
  readonly runs: number;
  readonly warmups: number;
  log(message: string): void;
}

/**
 * Runs `measure` `warmups + runs` times for each page, interleaving the pages run by run so that
 * drift on a noisy machine hits all of them alike; drops the warm-ups.
 */
export async function repeat<T>(ctx: BenchContext, ids: readonly PageId[], measure: (page: PageUnderTest) => Promise<T>): Promise<Record<PageId, T[]>> {
  const results = { app: [], reference: [], textarea: [] } as Record<PageId, T[]>;
  for (let run = 0; run < ctx.warmups + ctx.runs; run++) {
    for (const id of ids) {
      const value = await measure(ctx.pages[id]);
      if (run >= ctx.warmups) results[id].push(value);
    }
    ctx.log(`    run ${run + 1}/${ctx.warmups + ctx.runs}${run < ctx.warmups ? " (warm-up)" : ""} done`);
  }
  return results;
}

export interface StartedPage extends BenchPage {
  /** ms since navigation start. `validated` is absent for the textarea, which does not validate. */
  readonly painted: number;
  /** The example could be edited (Monaco, the textarea, or the app's plain-text stand-in before Monaco). */
  readonly editable: number;
  readonly validated: number | undefined;
  /** performance.timeOrigin, wall-clock ms. */
  readonly timeOrigin: number;
  /** The browser's first contentful paint, ms since navigation start. */
  readonly firstPaint: number | undefined;
}

/**
 * Opens a page in a fresh context (or `reuse`s one: a repeat visit) and waits until it shows the
 * example and, where it validates, has validated it. `cpuSlowdown` > 1 throttles the page's CPU.
 */
export async function startPage(ctx: BenchContext, target: PageUnderTest, options: { cpuSlowdown?: number; reuse?: BenchPage } = {}): Promise<StartedPage> {
  const benchPage = options.reuse ?? (await openBenchPage(ctx.browser));
  if (!options.reuse && (options.cpuSlowdown ?? 1) > 1) await benchPage.cdp.send("Emulation.setCPUThrottlingRate", { rate: options.cpuSlowdown ?? 1 });
  ctx.servers[target.id].log.length = 0;
  await benchPage.page.goto(target.url, { waitUntil: "commit" });
  await benchPage.page.waitForFunction(
    (needsValidation) => {
      const marks = window.__bench?.marks;
      return marks?.painted !== undefined && (!needsValidation || marks.validated !== undefined);
    },
    target.id !== "textarea",
    { polling: 50, timeout: 120_000 },
  );
  const state = await benchPage.page.evaluate(() => {
    window.__bench?.stopWatching();
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    return { marks: { ...window.__bench?.marks }, timeOrigin: performance.timeOrigin, firstPaint: fcp?.startTime };
  });
  return { ...benchPage, painted: state.marks.painted ?? Number.NaN, editable: state.marks.editable ?? state.marks.painted ?? Number.NaN, validated: state.marks.validated, timeOrigin: state.timeOrigin, firstPaint: state.firstPaint };
}
