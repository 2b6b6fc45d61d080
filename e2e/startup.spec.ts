import type { Page, Route } from "@playwright/test";
import { documentedExampleText } from "../src/endpoint/example";
import { encodePermalink } from "../src/core/permalink/permalink";
import { defaultTargetSettings } from "../src/core/request/target";
import { bodyEditor, expect, openApp, test } from "./fixtures";

/** Holds back Monaco's chunk until released: what a slow network or a slow CPU does to it. */
async function holdMonaco(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/monaco-[^/]*\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The body shown as plain text while the editor is not there (the shell, then the app's placeholder). */
const plainBody = (page: Page) => page.locator(".editor-placeholder");

test("the body text is painted before Monaco has loaded, and the editor takes over", async ({ page }) => {
  const release = await holdMonaco(page);
  await page.goto("/");
  await expect(plainBody(page)).toBeVisible();
  await expect(plainBody(page)).toContainText('"name": "FackbookOrderConversionRate"');
  // The app itself runs meanwhile: the Problems count does not wait for the editor.
  await expect(page.getByTestId("problems-count")).not.toHaveText("Checking…");
  await expect(bodyEditor(page)).toHaveCount(0);
  release();
  await expect(bodyEditor(page)).toBeAttached();
  await expect(plainBody(page)).toHaveCount(0);
  await expect(page.locator(".view-lines")).toContainText("marketing_activity_datas");
});

test("the page's first paint shows the body before any script has run", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Sync Data Playground", includeHidden: true })).toBeAttached();
  await expect(plainBody(page)).toHaveText(documentedExampleText);
  await context.close();
});

test("a permalink's body and a stored draft's are the ones painted before Monaco has loaded", async ({ page }) => {
  const release = await holdMonaco(page);
  const linked = '{\n  "marketing_activity_datas": [\n    { "marketing_event_id": "MA_linked" }\n  ]\n}';
  await page.goto(`/#${encodePermalink({ bodyText: linked, target: defaultTargetSettings })}`);
  await expect(plainBody(page)).toContainText('"MA_linked"');
  release();
  await openApp(page);
  // The opened link is now the draft: a reload paints it, before Monaco again.
  await page.unrouteAll();
  const releaseAgain = await holdMonaco(page);
  await page.reload();
  await expect(plainBody(page)).toContainText('"MA_linked"');
  releaseAgain();
  await expect(bodyEditor(page)).toBeAttached();
});
