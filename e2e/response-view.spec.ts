import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { documentedExampleText } from "../src/endpoint/example";
import { startFaultyServer } from "./faulty-server";
import { expect, openApp, setBody, test } from "./fixtures";

/** The response body's read-only editor, found by its accessible name. */
function responseEditor(page: Page) {
  return page.getByRole("textbox", { name: "Response body" });
}

test("the response body folds and searches in a read-only editor, and passes axe", async ({ page }) => {
  // An axe run over a page holding two Monaco editors: slow on a shared machine.
  test.setTimeout(180_000);
  await openApp(page);
  // The documented example's one over-long name: the in-page Sandbox answers 422 with its errors.
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await page.getByRole("button", { name: "Send anyway" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^422/);
  const view = page.getByTestId("response-body");
  await expect(responseEditor(page)).toBeAttached();
  await expect(view.locator(".view-line", { hasText: "custom_activity_engagement_list[0].name" })).toBeVisible();

  // Folding: the control on line 2 (`"errors": {`) hides the lines inside it, and opens them again.
  const lineCount = await view.locator(".view-line").count();
  await view.locator(".codicon-folding-expanded").nth(1).click();
  await expect(view.locator(".codicon-folding-collapsed")).toHaveCount(1);
  await expect(view.locator(".view-line", { hasText: "custom_activity_engagement_list[0].name" })).toHaveCount(0);
  // The three lines inside `errors` (its key, the message, the closing bracket) are hidden.
  expect(lineCount).toBe(7);
  await expect(view.locator(".view-line")).toHaveCount(4);
  await view.locator(".codicon-folding-collapsed").click();
  await expect(view.locator(".view-line", { hasText: "custom_activity_engagement_list[0].name" })).toBeVisible();

  // Find: Ctrl+F inside the view opens Monaco's find widget there, counting the matches.
  await responseEditor(page).focus();
  await page.keyboard.press("ControlOrMeta+F");
  const find = view.getByRole("textbox", { name: "Find" });
  await expect(find).toBeFocused();
  await page.keyboard.type("characters");
  await expect(view.getByText(/^1 of 1$/)).toBeVisible();
  // Read-only: typing in the view changes nothing.
  await page.keyboard.press("Escape");
  await responseEditor(page).focus();
  await page.keyboard.type("x");
  await expect(view.locator(".view-line").first()).toHaveText("{");
  // No keyboard trap: Tab leaves the read-only view.
  await page.keyboard.press("Tab");
  await expect(responseEditor(page)).not.toBeFocused();

  const results = await new AxeBuilder({ page }).exclude(".monaco-editor").analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
  expect(serious).toEqual([]);
});

test("a big integer in a response is shown with every digit, and History keeps that response for Compare across a reload", async ({ page }) => {
  const answer = '{"sucess_count":9007199254740993,"ratio":0.1000000000000000055511151231257827}';
  const server = await startFaultyServer((_, res) => res.writeHead(200, { "Content-Type": "application/json", traceId: "big-1" }).end(answer));
  try {
    await openApp(page);
    await setBody(page, documentedExampleText.replace('"FackbookOrderConversionRate"', '"FackbookConvRate"'));
    await expect(page.getByTestId("problems-count")).toHaveText("No problems");
    await page.getByLabel("Target").selectOption("custom");
    await page.getByLabel("Base URL").fill(server.baseUrl);
    await page.getByLabel("Access token").fill("t");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(page.getByTestId("response-success-count")).toHaveText("9007199254740993");
    await expect(responseEditor(page)).toBeAttached();
    const view = page.getByTestId("response-body");
    await expect(view.locator(".view-line", { hasText: '"sucess_count": 9007199254740993,' })).toBeVisible();
    await expect(view.locator(".view-line", { hasText: '"ratio": 0.1000000000000000055511151231257827' })).toBeVisible();

    await page.reload();
    await page.getByText("History", { exact: true }).click();
    await page.getByRole("button", { name: "Compare" }).click();
    const dialog = page.getByRole("dialog", { name: "Compare" });
    await dialog.getByRole("radio", { name: "Responses" }).check();
    await expect(dialog.locator(".editor.modified .view-line", { hasText: '"sucess_count": 9007199254740993,' })).toBeVisible();
    await expect(dialog.locator(".editor.original .view-line", { hasText: "the current body has not been sent" })).toBeVisible();
  } finally {
    await server.close();
  }
});
