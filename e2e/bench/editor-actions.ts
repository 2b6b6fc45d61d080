import type { Page } from "@playwright/test";
import type { PageId } from "./pages";

/** The body editor in every page under test: Monaco's input or the textarea, both named "Request body". */
export function bodyInput(page: Page) {
  return page.getByRole("textbox", { name: /^Request body/ });
}

/** What says "this page has taken in and checked the new body", read before a change. */
async function loadState(page: Page): Promise<{ problems: string | null; markerChanges: number }> {
  return page.evaluate(() => ({
    problems: document.querySelector('[data-testid="problems-count"]')?.textContent?.trim() ?? null,
    markerChanges: window.__benchReference?.markerChanges ?? 0,
  }));
}

/**
 * Replaces the whole body as a user would: select all, paste (like e2e/fixtures.ts `setBody`, in
 * one edit). Resolves once the page has taken the text in and, where it validates, has shown the
 * result: the app's Problems count changed, or the reference's JSON worker markers changed.
 * Returns the ms from the paste key press to that result painted (NaN for the textarea).
 * When the caller knows the app's count will read the same (`sameCount`, e.g. one valid body for
 * another), it waits instead for the editor to show the text's last line (a paste reveals its end).
 */
export async function pasteBody(page: Page, id: PageId, text: string, options: { sameCount?: boolean } = {}): Promise<number> {
  const before = await loadState(page);
  await bodyInput(page).focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const edits = await page.evaluate(() => window.__bench?.edits.length ?? 0);
  if (options.sameCount) {
    await page.keyboard.press("ControlOrMeta+V");
    const lastLine = String(text.split("\n").length);
    await page.waitForFunction((line) => [...document.querySelectorAll(".line-numbers")].some((e) => e.textContent === line), lastLine, { polling: 50, timeout: 180_000 });
    return Number.NaN;
  }
  if (id !== "textarea") await page.evaluate(() => window.__bench?.armEdit());
  await page.keyboard.press("ControlOrMeta+V");
  if (id === "app") {
    await page.waitForFunction(
      (previous) => {
        const now = document.querySelector('[data-testid="problems-count"]')?.textContent?.trim();
        return now !== undefined && now !== previous && now !== "Checking…";
      },
      before.problems,
      { polling: 50, timeout: 180_000 },
    );
  } else if (id === "reference") {
    await page.waitForFunction(
      ([length, changes]) => window.__benchReference?.textLength() === length && window.__benchReference.markerChanges > changes,
      [text.length, before.markerChanges] as const,
      { polling: 50, timeout: 180_000 },
    );
  } else {
    await page.waitForFunction((length) => document.querySelector("textarea")?.value.length === length, text.length, { polling: 50, timeout: 180_000 });
    return Number.NaN;
  }
  await page.evaluate((n) => window.__bench?.editCount(n), edits + 1);
  return page.evaluate((n) => window.__bench?.edits[n]?.ms ?? Number.NaN, edits);
}

/** Puts the caret at the end of a 1-based line: Monaco's Go to Line (Ctrl+G), or the textarea's selection. */
export async function caretToLineEnd(page: Page, id: PageId, line: number): Promise<void> {
  if (id === "textarea") {
    await page.evaluate((n) => {
      const textarea = document.querySelector("textarea");
      if (!textarea) throw new Error("no textarea");
      const lines = textarea.value.split("\n").slice(0, n);
      const end = lines.join("\n").length;
      textarea.focus();
      textarea.setSelectionRange(end, end);
    }, line);
    return;
  }
  await bodyInput(page).focus();
  await page.keyboard.press("Control+G");
  const quickInput = page.locator(".quick-input-widget input");
  await quickInput.waitFor({ state: "visible" });
  await page.keyboard.type(String(line));
  await page.keyboard.press("Enter");
  await quickInput.waitFor({ state: "hidden" });
  await page.keyboard.press("End");
}

/** Lets the page finish what the last action started (rendering, idle callbacks, worker replies). */
export async function quiet(page: Page, ms = 300): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(ms);
}
