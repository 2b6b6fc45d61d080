import { documentedExampleText } from "../src/endpoint/example";
import { validBody } from "./bodies";
import { expect, openApp, seriousViolations, setBody, test } from "./fixtures";

test("Compare shows the changed line between a send that got 200 and one that got 422; the new controls pass axe", async ({ page }) => {
  // Three axe runs over a page holding three Monaco editors: slow on a shared machine.
  test.setTimeout(180_000);
  // Monaco's diff editor is a chunk of its own, fetched when Compare first opens (scripts/monaco-lazy-diff-editor.ts).
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  const diffEditorLoaded = () => scripts.some((path) => /\/_virtual_monaco-standalone-diff-editor-[^/]*\.js$/.test(path));
  await openApp(page);
  await setBody(page, validBody);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200/);
  await setBody(page, documentedExampleText);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await page.getByRole("button", { name: "Send anyway" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^422/);

  await page.getByText("History", { exact: true }).click();
  expect(diffEditorLoaded()).toBe(false);
  await page.getByRole("button", { name: "Compare" }).click();
  const dialog = page.getByRole("dialog", { name: "Compare" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("compare-left-outcome")).toHaveText(/^status 200/);
  await expect(dialog.getByTestId("compare-right-outcome")).toHaveText(/^status 422/);
  // The one changed line is marked on each side: the accepted name on the left, the long one on the right.
  await expect(dialog.locator(".editor.original .line-delete")).toHaveCount(1);
  await expect(dialog.locator(".editor.modified .line-insert")).toHaveCount(1);
  await expect(dialog.locator(".editor.modified .view-line", { hasText: "FackbookOrderConversionRate" })).toBeVisible();
  await expect(dialog.locator(".editor.original .view-line", { hasText: "FackbookConvRate" })).toBeVisible();
  expect(diffEditorLoaded()).toBe(true);
  // The responses they got: the success count on the left, the 422's errors on the right.
  await dialog.getByRole("radio", { name: "Responses" }).check();
  await expect(dialog.getByRole("textbox", { name: "Right response" })).toBeAttached();
  await expect(dialog.locator(".editor.original .line-delete")).not.toHaveCount(0);
  await expect(dialog.locator(".editor.original .view-line", { hasText: '"sucess_count": 1' })).toBeVisible();
  await expect(dialog.locator(".editor.modified .view-line", { hasText: '"errors": {' })).toBeVisible();
  await expect(dialog.locator(".editor.modified .view-line", { hasText: "marketing_activity_datas[0]" }).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole("radio", { name: "Request bodies" }).check();
  await expect(dialog.locator(".editor.modified .view-line", { hasText: "FackbookOrderConversionRate" })).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  await page.getByText("Saved bodies", { exact: true }).click();
  await page.getByLabel("Name for the body").fill("A");
  await page.getByRole("button", { name: "Save body" }).click();
  await page.getByRole("button", { name: "Manage environments" }).click();
  await page.getByRole("button", { name: "New environment" }).click();
  expect(await seriousViolations(page, { exclude: [".monaco-editor", ".monaco-diff-editor"] })).toEqual([]);
});
