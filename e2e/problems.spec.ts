import { makeManyItemsBody } from "../src/testing/many-items";
import { bodyEditor, escapeRegExp, expect, openApp, setBody, test } from "./fixtures";

const namePattern = "marketing_activity_datas[*].custom_activity_engagement_list[0].name";

test("1,000 copies of one mistake are one expandable line; every instance is reachable from the list and with F8", async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  await setBody(page, makeManyItemsBody(1000));
  await expect(page.getByTestId("problems-count")).toHaveText("1000 errors");
  const problems = page.getByRole("region", { name: "Problems" });
  const pattern = problems.getByRole("button", { name: new RegExp(`^error\\s*${escapeRegExp(namePattern)} — 1,000 items: At most 20 characters allowed; this has 27\\. \\(documented\\)$`) });
  await expect(pattern).toHaveAttribute("aria-expanded", "false");
  await pattern.click();
  await expect(pattern).toHaveAttribute("aria-expanded", "true");
  const instance = (index: number) => problems.getByRole("button", { name: new RegExp(`^error\\s*marketing_activity_datas\\[${index}\\]\\.custom_activity_engagement_list\\[0\\]\\.name`) });
  await expect(instance(99)).toBeVisible();
  await expect(instance(100)).toHaveCount(0);
  await problems.getByRole("button", { name: "Show 100 more (of 1,000)" }).click();
  await expect(instance(199)).toBeVisible();

  // The header stays in view while the list scrolls under it.
  await instance(199).scrollIntoViewIfNeeded();
  await expect(page.getByTestId("problems-count")).toBeInViewport();

  // Past the listed instances, next/previous still get there: Shift+F8 from the first goes to the last.
  const previous = problems.getByRole("button", { name: "Previous problem" });
  await previous.click();
  await expect(problems.getByTestId("problem-position")).toHaveText("1,000 of 1,000");
  await expect(instance(999)).toHaveAttribute("aria-current", "true");
  await expect(instance(999)).toBeInViewport();
  await expect(page.getByRole("region", { name: "Field documentation" })).toContainText("marketing_activity_datas[999].custom_activity_engagement_list[0].name");

  // F8 outside the editor steps through them (here from the Problems list: wraps to the first, then the second).
  await problems.getByRole("button", { name: "Next problem" }).focus();
  await page.keyboard.press("F8");
  await expect(problems.getByTestId("problem-position")).toHaveText("1 of 1,000");
  await problems.getByRole("button", { name: "Next problem" }).focus();
  await page.keyboard.press("F8");
  await expect(problems.getByTestId("problem-position")).toHaveText("2 of 1,000");
  await expect(instance(1)).toHaveAttribute("aria-current", "true");

  // Item 201 from the list: the editor selects its name's text (without the quotes).
  await instance(200).click();
  await page.keyboard.type("Short");
  await expect(page.getByTestId("problems-count")).toHaveText("999 errors");
  await expect(bodyEditor(page)).toBeFocused();
});

test("different findings stay separate lines; a single one is its own row", async ({ page }) => {
  await openApp(page);
  await setBody(
    page,
    '{"marketing_activity_datas": [{"marketing_event_id": "a", "occurred_on": 1672246800000, "click_num": "x"}, {"marketing_event_id": "b", "occurred_on": 1672246800000, "click_num": "y", "order_num": "z"}]}',
  );
  await expect(page.getByTestId("problems-count")).toHaveText("3 errors");
  const problems = page.getByRole("region", { name: "Problems" });
  await expect(problems.getByRole("button", { name: /^error\s*marketing_activity_datas\[\*\]\.click_num — 2 items: / })).toBeVisible();
  await expect(problems.getByRole("button", { name: /^error\s*marketing_activity_datas\[1\]\.order_num/ })).toBeVisible();
});

test("in the Form view, clicking a problem opens its item and focuses its field", async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  await setBody(page, makeManyItemsBody(300));
  await expect(page.getByTestId("problems-count")).toHaveText("300 errors");
  await page.getByRole("tab", { name: "Form" }).click();
  const problems = page.getByRole("region", { name: "Problems" });
  await problems.getByRole("button", { name: new RegExp(`^error\\s*${escapeRegExp(namePattern)}`) }).click();
  await problems.getByRole("button", { name: "Show 100 more (of 300)" }).click();
  // Item 150: past the form's first 100 summaries, opened directly.
  await problems.getByRole("button", { name: /^error\s*marketing_activity_datas\[150\]\.custom_activity_engagement_list\[0\]\.name/ }).click();
  const form = page.getByRole("tabpanel", { name: "Form" });
  const item = form.getByRole("group", { name: /^marketing_activity_datas\[150\]($| )/ });
  const name = item.getByRole("group", { name: /custom_activity_engagement_list\[0\]/ }).getByLabel("name", { exact: true });
  await expect(name).toBeFocused();
  await expect(name).toBeInViewport();
  await expect(name).toHaveValue("FackbookOrderConversionRate");
});

