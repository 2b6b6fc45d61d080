import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every test fails on a console error, an uncaught exception or a CSP violation — in particular
 * Monaco's "Could not create web worker" fallback, which otherwise passes silently.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp; failOnPageErrors: void }>({
  /** Console errors a test provokes on purpose (e.g. the browser's own CORS report); none by default. */
  allowedConsoleErrors: [/(?!)/, { option: true }],
  failOnPageErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      // Chromium reports every HTTP error status as a console error; for this app a 4xx answer
      // is an outcome to display, not a fault of the page.
      const allowed = [/^Failed to load resource: the server responded with a status of [45]\d\d/, allowedConsoleErrors];
      page.on("console", (message) => {
        const text = message.text();
        if (allowed.some((pattern) => pattern.test(text))) return;
        if (message.type() === "error" || /Could not create web worker|Content Security Policy/i.test(text)) {
          errors.push(`console.${message.type()}: ${text}`);
        }
      });
      page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use();
      expect(errors, "the page logged errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The Monaco editor's text input, found by its accessible name as a user's screen reader would. */
export function bodyEditor(page: Page) {
  return page.getByRole("textbox", { name: /^Request body/ });
}

/** Waits until Monaco has mounted and the first validation is in. */
export async function openApp(page: Page, path = "/") {
  await page.goto(path);
  await expect(bodyEditor(page)).toBeAttached();
  await expect(page.getByTestId("problems-count")).not.toHaveText("Checking…");
}

/** Replaces the whole body through the editor, as a paste would. */
export async function setBody(page: Page, text: string) {
  await bodyEditor(page).focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("ControlOrMeta+V");
}

/** The editor's whole text, as the user would copy it: select all and copy. */
export async function editorText(page: Page): Promise<string> {
  await bodyEditor(page).focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+C");
  return page.evaluate(() => navigator.clipboard.readText());
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Serious and critical axe violations, with enough detail to find them. Monaco's own widgets are
 * third-party markup, left out unless `exclude` says otherwise; `include` narrows to one region.
 */
export async function seriousViolations(page: Page, scope: { include?: string; exclude?: readonly string[] } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (scope.include !== undefined) builder = builder.include(scope.include);
  for (const selector of scope.exclude ?? [".monaco-editor"]) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
