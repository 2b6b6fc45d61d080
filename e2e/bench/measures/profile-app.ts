import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { makeManyItemsBody } from "../../../src/testing/many-items";
import { validateBody } from "../../../src/core/validation/validate-body";
import { startPage, type BenchContext } from "../bench-context";
import { editLines } from "../body-lines";
import { caretToLineEnd, pasteBody, quiet } from "../editor-actions";
import { builtPageDirs } from "../build-pages";
import { profileMainThread, type ProfileSummary } from "../profile";
import { sourceMapResolver } from "../source-maps";

/**
 * `--profile`: where the app's main thread spends the time behind the slow figures. Saves each
 * CPU profile to bench-results/profiles/ (open in Chrome DevTools → Performance) and prints the
 * heaviest functions and scripts. Also times the validator alone in Node, the floor for the
 * worker's share of "edit → Problems count".
 */
export async function profileApp(ctx: BenchContext): Promise<string[]> {
  const dir = join(ctx.root, "bench-results", "profiles");
  mkdirSync(dir, { recursive: true });
  const report: string[] = [];
  const resolve = sourceMapResolver(builtPageDirs(ctx.root).app);
  const add = (title: string, summary: ProfileSummary) =>
    report.push(`${title} (${summary.totalMs.toFixed(0)} ms profiled)`, "  by script:", ...summary.byScript.map((l) => `    ${l}`), "  by function (self time):", ...summary.top.map((l) => `    ${l}`));

  for (const items of [1000, 10000]) {
    const body = makeManyItemsBody(items);
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      validateBody(body);
      return performance.now() - start;
    });
    report.push(`validateBody alone in Node, ${items} items: ${times.map((t) => t.toFixed(0)).join(", ")} ms (cold → warm)`);
  }

  const started = await startPage(ctx, ctx.pages.app);
  try {
    const { page, cdp } = started;
    const body = makeManyItemsBody(1000);
    add("paste 1,000 items → checked", await profileMainThread(cdp, () => pasteBody(page, "app", body).then(() => undefined), join(dir, "paste-1000.cpuprofile"), resolve));
    const lines = editLines(body);
    await caretToLineEnd(page, "app", lines.stringLine);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await quiet(page, 500);
    add("typing 20 keys, 1,000 items", await profileMainThread(cdp, () => typeKeys(page, 20), join(dir, "typing-1000.cpuprofile"), resolve));
    await caretToLineEnd(page, "app", lines.enumLine);
    await quiet(page, 500);
    add("one edit → Problems count, 1,000 items", await profileMainThread(cdp, () => editOnce(page), join(dir, "edit-1000.cpuprofile"), resolve));

    const formTab = page.getByRole("tab", { name: "Form" });
    if ((await formTab.count()) > 0) {
      add("open the Form, 1,000 items", await profileMainThread(cdp, () => openForm(page), join(dir, "form-open-1000.cpuprofile"), resolve));
      const field = page.locator("[role='tabpanel'][aria-label='Form'] input[type='text'][id^='form-input-']").first();
      if ((await field.count()) > 0) {
        await field.focus();
        await page.keyboard.press("End");
        await quiet(page, 300);
        add("one keystroke in a form field, 1,000 items", await profileMainThread(cdp, () => typeKeys(page, 1), join(dir, "form-edit-1000.cpuprofile"), resolve));
      }
      await page.getByRole("tab", { name: "JSON" }).click();
      await quiet(page, 300);
    }

    const big = makeManyItemsBody(10000);
    await pasteBody(page, "app", big);
    await caretToLineEnd(page, "app", editLines(big).enumLine);
    await quiet(page, 500);
    add("one edit → Problems count, 10,000 items", await profileMainThread(cdp, () => editOnce(page), join(dir, "edit-10000.cpuprofile"), resolve));
  } finally {
    await started.close();
  }
  report.push(`Profiles saved in bench-results/profiles/.`);
  return report;
}

async function typeKeys(page: Page, count: number): Promise<void> {
  await page.evaluate(() => window.__bench?.armTyping());
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.evaluate((n) => window.__bench?.typingCount(n), i + 1);
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => window.__bench?.disarmTyping());
}

async function openForm(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.__bench?.waits.length ?? 0);
  await page.evaluate(() => window.__bench?.armWait("formShown"));
  await page.getByRole("tab", { name: "Form" }).click();
  await page.evaluate((n) => window.__bench?.waitCount(n), before + 1);
  await quiet(page, 300);
}

async function editOnce(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.__bench?.edits.length ?? 0);
  await page.evaluate(() => window.__bench?.armEdit());
  await page.keyboard.press("2");
  await page.evaluate((n) => window.__bench?.editCount(n), before + 1);
  await quiet(page, 300);
}
