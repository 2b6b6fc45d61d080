import { makeManyItemsBody } from "../../../src/testing/many-items";
import { repeat, startPage, type BenchContext } from "../bench-context";
import { pasteBody, quiet } from "../editor-actions";
import { figureSpecs, measured, notYet, type FigureResult } from "../figures";
import { summarize } from "../stats";

const formPanel = "[role='tabpanel'][aria-label='Form']";
/** A value field of the open item (ids come from src/ui/form/form-ids.ts); not "Go to item". */
const fieldSelector = `${formPanel} input[type='text'][id^='form-input-']:not([readonly]):not(:disabled)`;

/**
 * With 1,000 items: click the `Form` tab → its first field painted; then one keystroke in a
 * field → next paint. Form edits reach the editor's model synchronously (as minimal text edits
 * through its undo stack: see src/ui/form/form-session.ts), so that paint follows the text update. The editor is
 * hidden while the form shows, so the text itself cannot be watched from the page.
 */
export async function measureForm(ctx: BenchContext): Promise<FigureResult[]> {
  const body = makeManyItemsBody(1000);
  const probe = await startPage(ctx, ctx.pages.app);
  try {
    const tab = probe.page.getByRole("tab", { name: "Form" });
    if ((await tab.count()) === 0) return [notYet(figureSpecs.formOpen, "no Form tab"), notYet(figureSpecs.formEdit, "no Form tab")];
    await tab.click();
    const hasFields = await probe.page
      .locator(fieldSelector)
      .first()
      .waitFor({ state: "visible", timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (!hasFields) {
      const why = `the Form tab shows no field (${fieldSelector})`;
      return [notYet(figureSpecs.formOpen, why), notYet(figureSpecs.formEdit, why)];
    }
  } finally {
    await probe.close();
  }

  const samples = await repeat(ctx, ["app"], async (target) => {
    const started = await startPage(ctx, target);
    try {
      const { page } = started;
      await pasteBody(page, "app", body);
      await quiet(page, 500);
      await page.evaluate(() => window.__bench?.armWait("formShown"));
      await page.getByRole("tab", { name: "Form" }).click();
      await page.evaluate(() => window.__bench?.waitCount(1));
      await quiet(page, 500);
      const field = page.locator(fieldSelector).first();
      await field.focus();
      await page.keyboard.press("End");
      const editsBefore = await page.evaluate(() => performance.getEntriesByName("form:edit").length);
      await page.evaluate(() => {
        window.__bench?.armTyping();
        // The key press's own time stamp: the start of "edit → text".
        addEventListener("keydown", (event) => (window.__benchKeyDown = event.timeStamp), { capture: true, once: true });
      });
      await page.keyboard.press("1");
      await page.evaluate(() => window.__bench?.typingCount(1));
      const [open, painted, editsAfter, textUpdated] = await page.evaluate(() => [
        window.__bench?.waits[0] ?? Number.NaN,
        window.__bench?.typing[0] ?? Number.NaN,
        performance.getEntriesByName("form:edit").length,
        (performance.getEntriesByName("form:text-updated").at(-1)?.startTime ?? Number.NaN) - (window.__benchKeyDown ?? Number.NaN),
      ]);
      // The form marks each edit it applies to the editor (User Timing "form:edit"): proof the
      // keystroke reached the text; "form:text-updated" is when the editor's model held it.
      return { open: open ?? Number.NaN, edit: textUpdated ?? Number.NaN, painted: painted ?? Number.NaN, confirmed: (editsAfter ?? 0) > editsBefore };
    } finally {
      await started.close();
    }
  });
  return [
    measured(figureSpecs.formOpen, { app: summarize(samples.app.map((s) => s.open)) }),
    measured(figureSpecs.formEdit, {
      app: summarize(samples.app.map((s) => s.edit)),
      note: `key press → the editor's model holds the edit ("form:text-updated" mark); confirmed in ${samples.app.filter((s) => s.confirmed).length} of ${samples.app.length} runs`,
    }),
    measured(figureSpecs.formEditPainted, {
      app: summarize(samples.app.map((s) => s.painted)),
      note: "key press → the next frame painted after it (the editor is hidden behind the form; this frame also carries whatever else ran meanwhile, e.g. the validator's answer)",
    }),
  ];
}

