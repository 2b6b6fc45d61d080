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
  readonly validated: number | undefined;
  /** performance.timeOrigin, wall-clock ms. */
  readonly timeOrigin: number;
}

/** Opens a page in a fresh context and waits until it shows the example and, where it validates, has validated it. */
export async function startPage(ctx: BenchContext, target: PageUnderTest): Promise<StartedPage> {
  const benchPage = await openBenchPage(ctx.browser);
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
    return { marks: { ...window.__bench?.marks }, timeOrigin: performance.timeOrigin };
  });
  return { ...benchPage, painted: state.marks.painted ?? Number.NaN, validated: state.marks.validated, timeOrigin: state.timeOrigin };
}
