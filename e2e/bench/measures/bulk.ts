import type { Page } from "@playwright/test";
import { requestLogPath, startSandboxServer, type SandboxServer } from "../../../scripts/sandbox-server";
import { repeat, startPage, type BenchContext } from "../bench-context";
import { caretToLineEnd, quiet } from "../editor-actions";
import { figureSpecs, measured, type FigureResult } from "../figures";
import { percentile, summarize } from "../stats";
import { targetSandbox } from "./send";

const rowCount = 10_000;
/** Idle keystrokes before the run; during the run the typing goes on until the run is done. */
const idleKeystrokes = 60;
const maxRunKeystrokes = 1000;
/** Typed and dropped before the idle ones (the editor's first keystrokes after a 10,000-line replace). */
const warmUpKeystrokes = 20;
/** Pause between keystrokes (after each one is painted), as in the body suite: ≈ ten a second. */
const keystrokeGapMs = 50;

interface BulkSample {
  readMs: number;
  writeMs: number;
  requestsPerSecond: number;
  setPerSecond: number;
  /** Send all click → the first POST's fetch started, ms (preparing the requests; not in the throughput). */
  clickToFirstStartMs: number;
  /** The last POST's answer → the progress bar's done painted, ms (not in the throughput). */
  lastAnswerToDoneMs: number;
  idleP50: number;
  idleP95: number;
  runP50: number;
  runP95: number;
  runKeystrokes: number;
  /** Gaps between the POSTs' arrivals at the sandbox, ms: where the pace slipped. */
  arrivalGaps: { count: number; median: number; p95: number; max: number; over300: number };
}

/**
 * Issue 16's figures, one page per run (fresh context): import 10,000 CSV rows through the
 * `Import rows` dialog (file chosen → "… items read." painted; Write → dialog closed, the items
 * already in the body), then typing in the editor at idle, then `Send all` at the defaults (100
 * items per request, 4 requests/second) to a local sandbox server while the editor is typed in
 * until the progress bar reads done. About 25 s a run, so few runs and no warm-up.
 */
export async function measureBulk(ctx: BenchContext): Promise<FigureResult[]> {
  const sandbox = await startSandboxServer({ port: 0, logLimit: 1000 });
  const csv = rowsCsv(rowCount);
  try {
    const samples = await repeat(ctx, ["app"], async (target): Promise<BulkSample> => {
      const started = await startPage(ctx, target);
      try {
        const { page } = started;
        await targetSandbox(page, sandbox);
        const problemsBefore = await problemsCount(page);
        const { readMs, writeMs } = await importRows(page, csv);
        // The new body (valid; the example had an error) validated, then the editor settled, and a
        // few keystrokes unmeasured: idle is then the page at rest, not still taking in the import.
        await page.waitForFunction(
          (before) => {
            const now = document.querySelector('[data-testid="problems-count"]')?.textContent?.trim();
            return now !== undefined && now !== before && now !== "Checking…";
          },
          problemsBefore,
          { polling: 100, timeout: 120_000 },
        );
        await page.getByRole("tab", { name: "JSON" }).click();
        await caretInMiddleItem(page);
        await quiet(page, 1000);
        await typeUntil(page, () => Promise.resolve(false), warmUpKeystrokes);
        await quiet(page, 500);
        const idle = await typeUntil(page, () => Promise.resolve(false), idleKeystrokes);

        await page.getByRole("tab", { name: "Bulk" }).click();
        const setPerSecond = Number(await page.getByLabel("Requests per second").inputValue());
        await fetch(sandbox.url + requestLogPath, { method: "DELETE" });
        // The run's POSTs are read back from the page's own Resource Timing (fetch start → response end).
        await page.evaluate(() => {
          performance.clearResourceTimings();
          performance.setResourceTimingBufferSize(10_000);
        });
        await page.evaluate(() => window.__bench?.watchBulkDone());
        await page.getByRole("button", { name: "Send all" }).click();
        const clickedAt = await page.evaluate(() => (window.__bench?.lastClickWallMs ?? Number.NaN) - performance.timeOrigin);
        // The Bulk view hides the editor; the run goes on in the background while JSON shows.
        await page.getByRole("tab", { name: "JSON" }).click();
        await caretInMiddleItem(page);
        const duringRun = await typeUntil(page, () => page.evaluate(() => window.__bench?.bulkDoneAt != null), maxRunKeystrokes);
        await page.waitForFunction(() => window.__bench?.bulkDoneAt != null, undefined, { polling: 100, timeout: 120_000 });
        const doneAt = await page.evaluate(() => window.__bench?.bulkDoneAt ?? Number.NaN);
        await page.getByRole("tab", { name: "Bulk" }).click();
        const bar = page.getByRole("progressbar", { name: "Bulk progress" });
        const total = Number(await bar.getAttribute("aria-valuemax"));
        const said = await bar.getAttribute("aria-valuetext");
        if (said !== `${total} of ${total} requests done, ${rowCount} items acknowledged`) throw new Error(`the run ended with "${said ?? ""}"`);
        const arrivalGaps = await postGaps(sandbox);
        if (arrivalGaps.count !== total) throw new Error(`the sandbox received ${arrivalGaps.count} POSTs for ${total} requests`);
        const posts = await postTimings(page, sandbox.url);
        if (posts.count !== total) throw new Error(`the page's Resource Timing holds ${posts.count} fetches to the sandbox for ${total} requests`);
        return {
          readMs,
          writeMs,
          // n requests at r/s need (n − 1)/r s from the first start to the last; the run is
          // charged from its first start to its last answer (that answer's latency included).
          requestsPerSecond: (total - 1) / ((posts.lastAnswerAt - posts.firstStartAt) / 1000),
          setPerSecond,
          clickToFirstStartMs: posts.firstStartAt - clickedAt,
          lastAnswerToDoneMs: doneAt - posts.lastAnswerAt,
          idleP50: percentile(idle, 50),
          idleP95: percentile(idle, 95),
          runP50: percentile(duringRun, 50),
          runP95: percentile(duringRun, 95),
          runKeystrokes: duringRun.length,
          arrivalGaps,
        };
      } finally {
        await started.close();
      }
    });
    const of = (pick: (s: BulkSample) => number) => summarize(samples.app.map(pick));
    const keystrokes = samples.app.map((s) => s.runKeystrokes).join(", ");
    const detail = samples.app;
    const gaps = samples.app.map((s) => `${Math.round(s.arrivalGaps.median)}/${Math.round(s.arrivalGaps.p95)}/${Math.round(s.arrivalGaps.max)} ms, ${s.arrivalGaps.over300} over 300`).join("; ");
    const around = samples.app.map((s) => `${Math.round(s.clickToFirstStartMs)} ms / ${Math.round(s.lastAnswerToDoneMs)} ms`).join("; ");
    return [
      measured(figureSpecs.bulkImportRead, { app: of((s) => s.readMs) }),
      measured(figureSpecs.bulkImportWrite, { app: of((s) => s.writeMs) }),
      measured(figureSpecs.bulkImport, { app: of((s) => s.readMs + s.writeMs), note: "change event of the file input → status painted, plus Write's press → dialog closed painted" }),
      measured(figureSpecs.bulkThroughput, {
        app: of((s) => s.requestsPerSecond),
        reference: of((s) => s.setPerSecond),
        note: `(requests − 1) ÷ (first POST's fetch start → last POST's response end, the page's Resource Timing): the rate the run kept, against the rate set; the editor typed in throughout. Outside that time, Send all click → first start / last answer → progress bar done painted: ${around}. Gaps between POST arrivals at the sandbox median/p95/max: ${gaps}`,
        detail,
      }),
      measured(figureSpecs.bulkTypingP50, { app: of((s) => s.runP50), reference: of((s) => s.idleP50), note: `${keystrokes} keystrokes during the run(s), ${idleKeystrokes} at idle` }),
      measured(figureSpecs.bulkTypingP95, { app: of((s) => s.runP95), reference: of((s) => s.idleP95), note: `${keystrokes} keystrokes during the run(s), ${idleKeystrokes} at idle` }),
    ];
  } finally {
    await sandbox.close();
  }
}

async function postGaps(sandbox: SandboxServer): Promise<BulkSample["arrivalGaps"]> {
  const log = (await (await fetch(sandbox.url + requestLogPath)).json()) as { method: string; receivedAt: string }[];
  const times = log.filter((entry) => entry.method === "POST").map((entry) => Date.parse(entry.receivedAt));
  const gaps = times.slice(1).map((t, i) => t - (times[i] ?? t));
  return { count: times.length, median: percentile(gaps, 50), p95: percentile(gaps, 95), max: Math.max(...gaps), over300: gaps.filter((g) => g > 300).length };
}

/** The page's fetches to the sandbox (its POSTs; a preflight has no entry of its own): first start, last response end, ms since navigation start. */
async function postTimings(page: Page, sandboxUrl: string): Promise<{ count: number; firstStartAt: number; lastAnswerAt: number }> {
  return page.evaluate((origin) => {
    const entries = performance.getEntriesByType("resource").filter((e) => e.name.startsWith(origin) && (e as PerformanceResourceTiming).initiatorType === "fetch");
    return { count: entries.length, firstStartAt: Math.min(...entries.map((e) => e.startTime)), lastAnswerAt: Math.max(...entries.map((e) => (e as PerformanceResourceTiming).responseEnd)) };
  }, sandboxUrl);
}

/** A CSV export like e2e/bulk.spec.ts's: an id, a 64-bit count, a date in ms and a nested product id. */
function rowsCsv(count: number): string {
  const lines = ["marketing_event_id,order_num,occurred_on,product_sale_list[0].product_id"];
  for (let i = 1; i <= count; i++) lines.push(`MA_${i},92233720368547${String(75807 - i).padStart(5, "0")},1672246800000,"1606293807077216754${i}"`);
  return lines.join("\r\n") + "\r\n";
}

function problemsCount(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector('[data-testid="problems-count"]')?.textContent?.trim());
}

/** Bulk → Import rows → the file → status painted; Write → dialog closed painted. ms each. */
async function importRows(page: Page, csv: string): Promise<{ readMs: number; writeMs: number }> {
  await page.getByRole("tab", { name: "Bulk" }).click();
  await page.getByRole("button", { name: "Import rows" }).click();
  const dialog = page.getByRole("dialog", { name: "Import rows" });
  const before = await page.evaluate(() => window.__bench?.waits.length ?? 0);
  await page.evaluate(() => window.__bench?.armWait("importRead"));
  await dialog.getByLabel("Rows file").setInputFiles({ name: "rows.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.evaluate((n) => window.__bench?.waitCount(n), before + 1);
  const status = (await dialog.getByRole("status").textContent())?.trim();
  if (status !== `${rowCount} items read.`) throw new Error(`the import dialog says "${status ?? ""}"`);
  await quiet(page, 300);
  await page.evaluate(() => window.__bench?.armWait("importWritten"));
  await dialog.getByRole("button", { name: "Write items into the body" }).click();
  await page.evaluate((n) => window.__bench?.waitCount(n), before + 2);
  const [readMs = Number.NaN, writeMs = Number.NaN] = await page.evaluate((n) => window.__bench?.waits.slice(n) ?? [], before);
  return { readMs, writeMs };
}

/**
 * Caret inside the middle item's product id, before its closing quote: the imported body has one
 * item a line (line 3 is item 1), each ending `"}]},`.
 */
async function caretInMiddleItem(page: Page): Promise<void> {
  await caretToLineEnd(page, "app", 2 + rowCount / 2);
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
}

/**
 * Types a letter, then Backspace, and so on (the body ends as it began), each key press → next
 * paint, until `stop()` or `max` keystrokes.
 */
async function typeUntil(page: Page, stop: () => Promise<boolean>, max: number): Promise<number[]> {
  await page.evaluate(() => window.__bench?.armTyping());
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(i % 2 === 0 ? String.fromCharCode(97 + ((i / 2) % 26)) : "Backspace");
    await page.evaluate((n) => window.__bench?.typingCount(n), i + 1);
    if (i % 2 === 1 && (await stop())) break;
    await page.waitForTimeout(keystrokeGapMs);
  }
  return page.evaluate(() => {
    window.__bench?.disarmTyping();
    return window.__bench?.typing ?? [];
  });
}
