import type { Page } from "@playwright/test";
import { bodyEditor, escapeRegExp, expect, openApp, seriousViolations, setBody, test } from "./fixtures";

/** A short body whose fields all show without scrolling the editor. */
const shortBody = '{\n  "marketing_activity_datas": [\n    {\n      "impression_num": 300,\n      "click_num": 100\n    }\n  ]\n}';

/** The token `text` as Monaco renders it (one span per token), to click on. */
function editorToken(page: Page, text: string) {
  return page.locator(".view-line span span").filter({ hasText: new RegExp(`^${escapeRegExp(text)}$`) });
}

test("clicking a field in the editor shows its description and type in Field documentation", async ({ page }) => {
  await openApp(page);
  const docs = page.getByRole("region", { name: "Field documentation" });
  await expect(docs).toBeVisible();
  await setBody(page, shortBody);
  await editorToken(page, '"impression_num"').click();
  await expect(docs).toContainText("Exposure number , refers to the number of displays");
  await expect(docs).toContainText("long (64-bit integer)");
  await expect(docs).toContainText("marketing_activity_datas[0].impression_num");
  // Moving the cursor to another field follows it.
  await editorToken(page, '"click_num"').click();
  await expect(docs).toContainText("Click count");
  await expect(docs).not.toContainText("Exposure number");
});

test("focusing a field in the form shows its documentation", async ({ page }) => {
  await openApp(page);
  await page.getByRole("tab", { name: "Form" }).click();
  await page.getByRole("tabpanel", { name: "Form" }).getByLabel("click_num", { exact: true }).focus();
  await expect(page.getByRole("region", { name: "Field documentation" })).toContainText("Click count");
});

test("the Example line proposes a value within the limit and quotes the page's over-long one beside it", async ({ page }) => {
  await openApp(page);
  await setBody(page, '{\n  "marketing_activity_datas": [\n    {\n      "custom_activity_engagement_list": [\n        {\n          "name": "x"\n        }\n      ]\n    }\n  ]\n}');
  await editorToken(page, '"name"').click();
  const docs = page.getByTestId("field-docs");
  await expect(docs).toContainText("marketing_activity_datas[0].custom_activity_engagement_list[0].name");
  await expect(docs.getByRole("definition").filter({ hasText: /^"FackbookOrder"$/ })).toBeVisible();
  await expect(docs).toContainText('Published example"FackbookOrderConversionRate" The page\'s own example breaks its documented limit: 27 characters; the documented limit is 20.');
});

test("the preview shows the documented example's funnel with computed rates", async ({ page }) => {
  await openApp(page);
  const preview = page.getByRole("region", { name: "Preview" });
  const funnel = preview.getByRole("group", { name: "Funnel" });
  await expect(funnel).toContainText("Added to cart");
  // Every counter of the documented example is 100: every rate is 100%.
  await expect(funnel.getByRole("definition")).toHaveText(["100", "100", "100", "100.0%", "100.0%"]);
  await expect(preview.getByRole("group", { name: "Reach" })).toContainText(/Click-through rate.*100\.0%/);
  await expect(preview.getByRole("group", { name: "Orders and buyers" })).toContainText("1,001,672,246,800,000");
  await expect(preview).toContainText("MA_12323312324");
  await expect(preview.locator("time")).toHaveAttribute("datetime", "2022-12-28T17:00:00.000Z");
});

test("preview rates are exact beyond 2^53 and follow the edited body", async ({ page }) => {
  await openApp(page);
  await setBody(page, '{"marketing_activity_datas": [{"impression_num": 18014398509481984, "click_num": 9007199254740993, "add_cart_sum": 0, "check_out_sum": 3}]}');
  const preview = page.getByRole("region", { name: "Preview" });
  const reach = preview.getByRole("group", { name: "Reach" });
  await expect(reach).toContainText("9,007,199,254,740,993");
  await expect(reach).toContainText("50.0%");
  // Dividing by zero, or by a counter that is missing, shows a dash.
  await expect(preview.getByRole("group", { name: "Funnel" }).getByRole("definition")).toHaveText(["0", "3", "—", "—", "—"]);
});

test("a custom engagement card of type 2 (percent) shows 0.09 as 9%", async ({ page }) => {
  await openApp(page);
  const cards = page.getByRole("region", { name: "Preview" }).getByRole("group", { name: "Custom engagement" });
  const card = cards.getByRole("listitem").filter({ hasText: "FackbookOrderConversionRate" });
  await expect(card).toContainText("9%");
  await expect(card).toContainText("Fackboo order conversion rate");
  await expect(card).toContainText("percent");
});

test("the preview picks among several items", async ({ page }) => {
  await openApp(page);
  await setBody(page, '{"marketing_activity_datas": [{"marketing_event_id": "MA_first"}, {"marketing_event_id": "MA_second"}]}');
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByLabel("Item").selectOption({ label: "2 of 2" });
  await expect(preview).toContainText("MA_second");
});

test("the Reference dialog lists the status codes and opens and closes with the keyboard", async ({ page }) => {
  await openApp(page);
  const button = page.getByRole("button", { name: "Reference" });
  await button.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: /reference/i });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("row", { name: /^429/ })).toContainText("Rate limited");
  await expect(dialog).toContainText("https://{handle}.myshopline.com/admin/openapi/v20260301/sales/marketing_events/sync_data.json");
  await expect(dialog).toContainText("write_marketing_event");
  await expect(dialog).toContainText("sucess_count");
  await expect(dialog).toContainText("traceId");
  expect(await seriousViolations(page, { include: "dialog[open]", exclude: [] })).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test("? opens the keyboard shortcuts, outside the editor only", async ({ page }) => {
  await openApp(page);
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  // In the editor, ? is text.
  await bodyEditor(page).focus();
  await page.keyboard.press("?");
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Reference" }).focus();
  await page.keyboard.press("?");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("row", { name: /Ctrl\s*\+\s*M/ })).toContainText("Tab");
  await expect(dialog).toContainText("Cancel a running send");
  expect(await seriousViolations(page, { include: "dialog[open]", exclude: [] })).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(dialog).toBeVisible();
});
