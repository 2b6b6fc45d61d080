import { documentedExampleText } from "../src/endpoint/example";
import { makeManyItemsBody } from "../src/testing/many-items";
import { validBody } from "./bodies";
import { bodyEditor, editorText, expect, openApp, setBody, test } from "./fixtures";

const unusualBody = '{"marketing_activity_datas":[{"marketing_event_id":"MA_ü→😀 \'quoted\'","occurred_on":1672246800000,\n\t"order_num": 9223372036854775807}]}';

test("a permalink opens the same body byte for byte and the settings, in a fresh browser, without the token", async ({ page, browser }) => {
  await openApp(page);
  await setBody(page, unusualBody);
  await page.getByLabel("Target").selectOption("store");
  await page.getByLabel("Store handle").fill("open001");
  await page.getByLabel("Access token").fill("secret-token-value");
  await page.getByRole("button", { name: "Copy permalink" }).click();
  await expect(page.getByTestId("permalink-status")).toContainText("Permalink copied");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#v1\./);
  expect(link).not.toContain("secret-token-value");

  const fresh = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const other = await fresh.newPage();
  await openApp(other, link.slice(link.indexOf("/#")));
  await expect(other.getByLabel("Target")).toHaveValue("store");
  await expect(other.getByLabel("Store handle")).toHaveValue("open001");
  await expect(other.getByLabel("Access token")).toHaveValue("");
  expect(await editorText(other)).toBe(unusualBody);
  await fresh.close();
});

test("Ctrl+S copies the permalink", async ({ page }) => {
  await openApp(page);
  await bodyEditor(page).focus();
  await page.keyboard.press("ControlOrMeta+S");
  await expect(page.getByTestId("permalink-status")).toContainText("Permalink copied");
});

test("a reload keeps the draft", async ({ page }) => {
  await openApp(page);
  await setBody(page, unusualBody);
  await expect(page.getByTestId("problems-count")).not.toHaveText("1 error");
  // The draft is saved as the user types (debounced) and on leaving the page.
  await page.reload();
  await expect(bodyEditor(page)).toBeAttached();
  expect(await editorText(page)).toBe(unusualBody);
});

test("a broken link names the problem and keeps the previous body", async ({ page }) => {
  await openApp(page);
  await setBody(page, unusualBody);
  await page.reload();
  await expect(bodyEditor(page)).toBeAttached();
  await page.goto("/#v1.AAAA-not-really");
  await page.reload();
  await expect(page.getByTestId("notice")).toContainText("This link could not be opened");
  expect(await editorText(page)).toBe(unusualBody);
});

test("opening a link keeps the unsaved draft in history, and history restores it", async ({ page }) => {
  await openApp(page);
  await setBody(page, unusualBody);
  await page.getByRole("button", { name: "Copy permalink" }).click();
  const draftLink = await page.evaluate(() => navigator.clipboard.readText());
  await setBody(page, documentedExampleText);
  await page.getByRole("button", { name: "Copy permalink" }).click();
  const exampleLink = await page.evaluate(() => navigator.clipboard.readText());
  await setBody(page, unusualBody);
  expect(draftLink).not.toBe(exampleLink);

  await page.goto(exampleLink.slice(exampleLink.indexOf("/#")));
  await page.reload();
  await expect(bodyEditor(page)).toBeAttached();
  expect(await editorText(page)).toBe(documentedExampleText);
  const history = page.getByRole("region", { name: "History" });
  await history.getByText("History", { exact: true }).click();
  await history.getByRole("button", { name: /^Restore Draft kept before opening a shared link/ }).click();
  expect(await editorText(page)).toBe(unusualBody);
});

test("history restores a sent request", async ({ page }) => {
  await openApp(page);
  const sent = validBody;
  await setBody(page, sent);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200/);
  await setBody(page, "{}");
  const history = page.getByRole("region", { name: "History" });
  await history.getByText("History", { exact: true }).click();
  await history.getByRole("button", { name: /^Restore .*status 200, success_count 1/ }).click();
  expect(await editorText(page)).toBe(sent);
  await history.getByRole("button", { name: "Clear history" }).click();
  await expect(history.getByRole("button", { name: /^Restore/ })).toHaveCount(0);
});

test("a body too large for a draft says so, and storage keeps working for smaller ones", async ({ page }) => {
  await openApp(page);
  await setBody(page, makeManyItemsBody(1600));
  await expect(page.getByTestId("notice")).toContainText("too large to keep as a draft");
  // Not "storage is full": the draft was never written, so the history and token stores still work.
  await expect(page.getByTestId("notice")).not.toContainText("storage");
  await setBody(page, unusualBody);
  await expect(page.getByTestId("problems-count")).not.toHaveText(/1600 errors/);
  await page.reload();
  await expect(bodyEditor(page)).toBeAttached();
  expect(await editorText(page)).toBe(unusualBody);
});

test("a send too large to store stays in this tab's history, and does not push older sends out", async ({ page }) => {
  await openApp(page);
  const small = validBody;
  await setBody(page, small);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200/);
  // 1,600 items: more than the stored history's 2 M characters on their own.
  await setBody(page, makeManyItemsBody(1600));
  await expect(page.getByTestId("problems-count")).toHaveText(/^1600 errors/);
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByRole("button", { name: "Send anyway" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^4\d\d/);
  const history = page.getByRole("region", { name: "History" });
  await history.getByText("History", { exact: true }).click();
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history.getByRole("listitem").first()).toContainText("this tab only");
  await expect(history.getByRole("listitem").last()).not.toContainText("this tab only");

  await setBody(page, small);
  await page.reload();
  await expect(bodyEditor(page)).toBeAttached();
  await history.getByText("History", { exact: true }).click();
  await expect(history.getByRole("button", { name: /^Restore .*status 200, success_count 1/ })).toHaveCount(1);
  await expect(history.getByRole("listitem")).toHaveCount(1);
});
