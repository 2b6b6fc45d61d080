import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every test fails on a console error, an uncaught exception or a CSP violation — in particular
 * Monaco's "Could not create web worker" fallback, which otherwise passes silently.
 */
export const test = base.extend<{ failOnPageErrors: void }>({
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || /Could not create web worker|Content Security Policy/i.test(message.text())) {
          errors.push(`console.${message.type()}: ${message.text()}`);
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
