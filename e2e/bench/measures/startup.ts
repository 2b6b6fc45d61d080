import { repeat, startPage, type BenchContext, type StartedPage } from "../bench-context";
import { usedHeapMb } from "../browser";
import { figureSpecs, measured, type FigureResult, type FigureSpec } from "../figures";
import type { PageId, PageUnderTest } from "../pages";
import type { ServedResponse } from "../static-server";
import { summarize } from "../stats";

interface StartupSample {
  firstPaint: number | undefined;
  painted: number;
  /** The example can be edited (see the repeat visit) and is validated. */
  usable: number;
  validated: number | undefined;
  kilobytes: number;
  /** Everything the first visit downloads once the page has settled (the late parts included). */
  settledKilobytes: number;
  /** What a service worker then downloads for offline use (fetch() requests: Sec-Fetch-Dest "empty"). */
  precacheKilobytes: number;
  /** KB per file received until settled, largest first. */
  files: Record<string, number>;
  heapMb: number;
  /**
   * A second visit in the same context (HTTP cache, and the app's service worker): the body can be
   * edited (the app's plain-text stand-in counts, as it takes typing) and the Problems are in.
   */
  repeatUsable: number | undefined;
  /** That second visit's editor (Monaco) painted. */
  repeatPainted: number | undefined;
  /** That second visit's first contentful paint and validated, apart. */
  repeatFirstPaint: number | undefined;
  repeatValidated: number | undefined;
  /** The third visit in the same context: the first with V8's code cache for every script. */
  thirdUsable: number | undefined;
  thirdPainted: number | undefined;
}

/** No new request for this long: the page has settled. */
const quietMs = 1_500;
const settleLimitMs = 30_000;

const kilobytes = (log: readonly ServedResponse[]) => log.reduce((sum, r) => sum + r.bytes, 0) / 1024;

/** Waits until the server has seen no request for `quietMs` (and, for the app, its service worker controls the page). */
async function settle(ctx: BenchContext, id: PageId, started: StartedPage): Promise<void> {
  const log = ctx.servers[id].log;
  const until = Date.now() + settleLimitMs;
  if (id === "app") {
    await started.page
      .waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: settleLimitMs, polling: 100 })
      .catch(() => undefined);
  }
  for (;;) {
    const last = Math.max(started.timeOrigin, ...log.map((r) => r.receivedAt));
    if (Date.now() - last >= quietMs || Date.now() > until) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function sample(ctx: BenchContext, target: PageUnderTest, cpuSlowdown: number): Promise<StartupSample> {
  const started = await startPage(ctx, target, { cpuSlowdown });
  try {
    const log = ctx.servers[target.id].log;
    const doneWallMs = started.timeOrigin + Math.max(started.painted, started.validated ?? 0);
    const untilStarted = log.filter((r) => r.receivedAt <= doneWallMs);
    const heapMb = await usedHeapMb(started.cdp);
    const base = { firstPaint: started.firstPaint, painted: started.painted, usable: Math.max(started.editable, started.validated ?? 0), validated: started.validated, kilobytes: kilobytes(untilStarted), heapMb };
    if (cpuSlowdown > 1 || target.id === "textarea") return { ...base, settledKilobytes: Number.NaN, precacheKilobytes: 0, files: {}, repeatUsable: undefined, repeatPainted: undefined, repeatFirstPaint: undefined, repeatValidated: undefined, thirdUsable: undefined, thirdPainted: undefined };
    await settle(ctx, target.id, started);
    const all = [...log];
    const precache = all.filter((r) => r.dest === "empty");
    const page = all.filter((r) => r.dest !== "empty");
    const files = Object.fromEntries(all.sort((a, b) => b.bytes - a.bytes).map((r) => [`${r.path}${r.dest === "empty" ? " (precache)" : ""}`, Math.round(r.bytes / 102.4) / 10]));
    const again = await startPage(ctx, target, { reuse: started });
    // Chromium keeps V8's code cache for a script only from its second run on: the third visit is
    // the first to start without compiling the scripts again (for both pages alike).
    await settle(ctx, target.id, again);
    const third = await startPage(ctx, target, { reuse: started });
    return { ...base, settledKilobytes: kilobytes(page), precacheKilobytes: kilobytes(precache), files,
      repeatUsable: Math.max(again.editable, again.validated ?? 0),
      repeatPainted: again.painted,
      repeatFirstPaint: again.firstPaint,
      repeatValidated: again.validated,
      thirdUsable: Math.max(third.editable, third.validated ?? 0),
      thirdPainted: third.painted,
    };
  } finally {
    await started.close();
  }
}

/**
 * Navigation → first contentful paint, → the example painted in the editor, → validated; bytes
 * received until both (compressed, headers included, workers included: counted by the server)
 * and once the page has settled; main-thread JS heap once started; a repeat visit and a third one
 * in the same browser context. With `cpuSlowdown` > 1, the three times again under that CPU throttling.
 */
export async function measureStartup(ctx: BenchContext, cpuSlowdown: number): Promise<FigureResult[]> {
  const ids = ["app", "reference", "textarea"] as const;
  const samples = await repeat(ctx, ids, (target) => sample(ctx, target, 1));
  const of = (from: Record<PageId, StartupSample[]>, id: PageId, pick: (s: StartupSample) => number | undefined) =>
    summarize(from[id].map(pick).filter((v): v is number => v !== undefined && !Number.isNaN(v)));
  const times = (from: Record<PageId, StartupSample[]>, specs: { firstPaint: FigureSpec; painted: FigureSpec; validated: FigureSpec }, note?: string) => [
    measured(specs.firstPaint, { app: of(from, "app", (s) => s.firstPaint), reference: of(from, "reference", (s) => s.firstPaint), floor: of(from, "textarea", (s) => s.firstPaint), ...(note ? { note } : {}) }),
    measured(specs.painted, { app: of(from, "app", (s) => s.painted), reference: of(from, "reference", (s) => s.painted), floor: of(from, "textarea", (s) => s.painted), ...(note ? { note } : {}) }),
    measured(specs.validated, { app: of(from, "app", (s) => s.validated), reference: of(from, "reference", (s) => s.validated), ...(note ? { note } : {}) }),
  ];
  const figures = [
    ...times(samples, { firstPaint: figureSpecs.startupFirstPaint, painted: figureSpecs.startupPainted, validated: figureSpecs.startupValidated }),
    measured(figureSpecs.startupUsable, { app: of(samples, "app", (s) => s.usable), reference: of(samples, "reference", (s) => s.usable) }),
    measured(figureSpecs.repeatVisit, { app: of(samples, "app", (s) => s.repeatUsable), reference: of(samples, "reference", (s) => s.repeatUsable) }),
    measured(figureSpecs.repeatPainted, { app: of(samples, "app", (s) => s.repeatPainted), reference: of(samples, "reference", (s) => s.repeatPainted) }),
    measured(figureSpecs.repeatFirstPaint, { app: of(samples, "app", (s) => s.repeatFirstPaint), reference: of(samples, "reference", (s) => s.repeatFirstPaint) }),
    measured(figureSpecs.repeatValidated, { app: of(samples, "app", (s) => s.repeatValidated), reference: of(samples, "reference", (s) => s.repeatValidated) }),
    measured(figureSpecs.thirdVisit, { app: of(samples, "app", (s) => s.thirdUsable), reference: of(samples, "reference", (s) => s.thirdUsable) }),
    measured(figureSpecs.thirdPainted, { app: of(samples, "app", (s) => s.thirdPainted), reference: of(samples, "reference", (s) => s.thirdPainted) }),
    measured(figureSpecs.firstLoadBytes, {
      app: of(samples, "app", (s) => s.kilobytes),
      reference: of(samples, "reference", (s) => s.kilobytes),
      floor: of(samples, "textarea", (s) => s.kilobytes),
    }),
    measured(figureSpecs.firstVisitBytes, {
      app: of(samples, "app", (s) => s.settledKilobytes),
      reference: of(samples, "reference", (s) => s.settledKilobytes),
      detail: { app: samples.app.at(-1)?.files, reference: samples.reference.at(-1)?.files },
    }),
    measured(figureSpecs.offlinePrecacheBytes, { app: of(samples, "app", (s) => s.precacheKilobytes) }),
    measured(figureSpecs.memoryStartup, { app: of(samples, "app", (s) => s.heapMb), reference: of(samples, "reference", (s) => s.heapMb), floor: of(samples, "textarea", (s) => s.heapMb) }),
  ];
  if (cpuSlowdown > 1) {
    ctx.log(`  start-up again under a ${cpuSlowdown}× CPU slowdown`);
    const slow = await repeat(ctx, ids, (target) => sample(ctx, target, cpuSlowdown));
    figures.push(...times(slow, { firstPaint: figureSpecs.slowFirstPaint, painted: figureSpecs.slowPainted, validated: figureSpecs.slowValidated }, `${cpuSlowdown}× CPU slowdown`));
  }
  return figures;
}
