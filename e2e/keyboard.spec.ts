import { validBody } from "./bodies";
import { bodyEditor, expect, openApp, setBody, test } from "./fixtures";
import { baseUrlOf, sandboxServers } from "./sandbox-servers";

test("the whole job by keyboard: fill, check, send, read, copy curl, share", async ({ page }) => {
  await openApp(page);
  await setBody(page, validBody);
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");

  // Send from inside the editor.
  await bodyEditor(page).focus();
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByTestId("response-status")).toHaveText(/^200 OK/);
  await expect(page.getByTestId("response-success-count")).toHaveText("1");

  // Ctrl+M releases Tab from the editor, so Tab walks on to the next controls.
  await bodyEditor(page).focus();
  await page.keyboard.press("Control+M");
  await page.keyboard.press("Tab");
  await expect(bodyEditor(page)).not.toBeFocused();

  // Share.
  await page.keyboard.press("ControlOrMeta+S");
  await expect(page.getByTestId("permalink-status")).toContainText("Permalink copied");

  // Reach Copy curl with Tab alone and press it.
  const copyCurl = page.getByRole("button", { name: "Copy curl" });
  for (let i = 0; i < 60 && !(await copyCurl.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(copyCurl).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "curl" }).getByRole("status")).toHaveText("curl copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("--data-raw '{");
});

test("Target, token and Send are reached in order from the top with Tab", async ({ page }) => {
  await openApp(page);
  await page.getByLabel("Target").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Access token")).toBeFocused();
  await page.keyboard.type("kbd-token");
  const order: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent?.trim() ?? ""));
  }
  expect(order.indexOf("Send")).toBeGreaterThan(-1);
});

test("Shift+Alt+F formats the body", async ({ page }) => {
  await openApp(page);
  await setBody(page, '{"marketing_activity_datas":[{"order_num":1}]}');
  await bodyEditor(page).focus();
  await page.keyboard.press("Shift+Alt+F");
  await expect(page.locator(".view-line")).toHaveCount(7);
  await expect(page.locator(".view-lines")).toContainText('"order_num": 1');
});

test("Esc cancels a running send", async ({ page }) => {
  await openApp(page);
  await page.getByLabel("Target").selectOption("custom");
  await page.getByLabel("Base URL").fill(baseUrlOf(sandboxServers.slow));
  await page.getByLabel("Access token").fill("t");
  await setBody(page, validBody);
  // Monaco's paste lands asynchronously: send once the pasted body is in and checked.
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByRole("button", { name: "Cancel" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("response-error")).toContainText(/cancel/i);
});
