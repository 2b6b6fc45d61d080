import type { Page } from "@playwright/test";
import { makeManyItemsBody } from "../../../src/testing/many-items";
import { repeat, startPage, type BenchContext } from "../bench-context";
import { editLines } from "../body-lines";
import { usedHeapMb } from "../browser";
import { caretToLineEnd, pasteBody, quiet } from "../editor-actions";
import { figureSpecs, measured, type FigureResult, type FigureSpec } from "../figures";
import type { PageId } from "../pages";
import { percentile, summarize } from "../stats";

interface BodySample {
  pasteMs: number;
  heapMb: number;
  /** Median of this run's edits, ms; NaN where the plan makes none. */
  validation: number;
  typingP50: number;
  typingP95: number;
}

interface SizePlan {
  readonly items: number;
  readonly keystrokes: number;
  /** Edits per run: alternately break and mend, so an even count leaves the body as it was. */
  readonly edits: Record<"app" | "reference", number>;
  readonly paste: FigureSpec;
  readonly validation: FigureSpec;
  readonly typingP50: FigureSpec;
  readonly typingP95: FigureSpec;
  readonly memory?: FigureSpec;
}

/**
 * Monaco's JSON worker waits 500 ms after a change, then takes about 3 s per edit at 1,000 items
 * and 30–60 s at 10,000 on the 2-core machine: at 10,000 items the reference is timed on the
 * paste alone (the "paste → checked" row), and the app's validation target is absolute anyway.
 */
const plans: readonly SizePlan[] = [
  {
    items: 1000,
    keystrokes: 50,
    edits: { app: 4, reference: 2 },
    paste: figureSpecs.paste1000,
    validation: figureSpecs.validation1000,
    typingP50: figureSpecs.typing1000p50,
    typingP95: figureSpecs.typing1000p95,
  },
  {
    items: 10000,
    keystrokes: 20,
    edits: { app: 2, reference: 0 },
    paste: figureSpecs.paste10000,
    validation: figureSpecs.validation10000,
    typingP50: figureSpecs.typing10000p50,
    typingP95: figureSpecs.typing10000p95,
    memory: figureSpecs.memory10000,
  },
];

/** Pause between keystrokes (after each one is painted): about ten characters a second. */
const keystrokeGapMs = 50;

/**
 * With a big body pasted in (a fresh context per run): paste → checked; JS heap; edit → updated
 * Problems count (the reference: → Monaco's JSON markers); then keystrokes inside a string value,
 * key press → next paint. The app validates as it types, so its typing figure includes that load.
 * A textarea is no floor here: it lays out the whole text on every keystroke (≈ 340 ms p50 at
 * 1,000 items), so it is measured at start-up only.
 */
export async function measureBody(ctx: BenchContext, sizes: readonly number[]): Promise<FigureResult[]> {
  const figures: FigureResult[] = [];
  let warmedUp = false;
  for (const plan of plans.filter((p) => sizes.includes(p.items))) {
    ctx.log(`  ${plan.items.toLocaleString("en")} items`);
    const body = makeManyItemsBody(plan.items);
    const lines = editLines(body);
    // One warm-up serves every size: the pages and the browser are warm after the first.
    const sizeCtx = warmedUp ? { ...ctx, warmups: 0 } : ctx;
    warmedUp = true;
    const samples = await repeat(sizeCtx, ["app", "reference"], async (target): Promise<BodySample> => {
      const started = await startPage(ctx, target);
      try {
        const { page } = started;
        const phase = phaseTimer(ctx, target.id);
        const pasteMs = await pasteBody(page, target.id, body);
        phase("paste");
        const heapMb = await usedHeapMb(started.cdp);
        await quiet(page, 500);
        const edits = plan.edits[target.id === "app" ? "app" : "reference"];
        const validation = edits > 0 ? await measureEdits(page, target.id, lines.enumLine, edits) : [];
        phase("edits");
        const typing = await measureTyping(page, target.id, lines.stringLine, plan.keystrokes);
        phase("typing");
        return { pasteMs, heapMb, validation: percentile(validation, 50), typingP50: percentile(typing, 50), typingP95: percentile(typing, 95) };
      } finally {
        await started.close();
      }
    });
    const of = (id: PageId, pick: (s: BodySample) => number) => summarize(samples[id].map(pick));
    const validationReference = plan.edits.reference > 0 ? { reference: of("reference", (s) => s.validation) } : {};
    figures.push(
      measured(plan.paste, { app: of("app", (s) => s.pasteMs), reference: of("reference", (s) => s.pasteMs) }),
      measured(plan.validation, { app: of("app", (s) => s.validation), ...validationReference }),
      measured(plan.typingP50, { app: of("app", (s) => s.typingP50), reference: of("reference", (s) => s.typingP50) }),
      measured(plan.typingP95, { app: of("app", (s) => s.typingP95), reference: of("reference", (s) => s.typingP95) }),
    );
    if (plan.memory) figures.push(measured(plan.memory, { app: of("app", (s) => s.heapMb), reference: of("reference", (s) => s.heapMb) }));
  }
  return figures;
}

function phaseTimer(ctx: BenchContext, id: PageId): (name: string) => void {
  let last = Date.now();
  return (name) => {
    if (process.env["BENCH_DEBUG"]) ctx.log(`      ${id} ${name}: ${Date.now() - last} ms`);
    last = Date.now();
  };
}

/** Alternately breaks and mends an enum value; each key press → the count (or markers) updated and painted. */
async function measureEdits(page: Page, id: PageId, line: number, count: number): Promise<number[]> {
  await caretToLineEnd(page, id, line);
  await quiet(page);
  const before = await page.evaluate(() => window.__bench?.edits.length ?? 0);
  for (let k = 0; k < count; k++) {
    await page.evaluate(() => window.__bench?.armEdit());
    await page.keyboard.press(k % 2 === 0 ? "2" : "Backspace");
    await page.evaluate((n) => window.__bench?.editCount(n), before + k + 1);
    await quiet(page, 200);
  }
  return page.evaluate((n) => (window.__bench?.edits ?? []).slice(n).map((e) => e.ms), before);
}

/** Types letters before a string's closing quote, one at a time; each key press → next paint. */
async function measureTyping(page: Page, id: PageId, line: number, count: number): Promise<number[]> {
  await caretToLineEnd(page, id, line);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await quiet(page);
  await page.evaluate(() => window.__bench?.armTyping());
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.evaluate((n) => window.__bench?.typingCount(n), i + 1);
    await page.waitForTimeout(keystrokeGapMs);
  }
  return page.evaluate(() => {
    window.__bench?.disarmTyping();
    return window.__bench?.typing ?? [];
  });
}
