import { encodePermalink } from "../src/core/permalink/permalink";
import { makeManyItemsBody } from "../src/testing/many-items";
import { uniqueMarker, validBody } from "./bodies";
import { bodyEditor, editorText, expect, openApp, setBody, test } from "./fixtures";
import { baseUrlOf, receivedRequests, sandboxServers } from "./sandbox-servers";
import type { Page } from "@playwright/test";

/** A draft the tests tell apart from a link's body. */
const draftBody = '{"marketing_activity_datas":[{"marketing_event_id":"MY_DRAFT","occurred_on":1672246800000}]}';

function bodyWithMarker(marker: string): string {
  return validBody.replace('"MA_12323312324"', `"${marker}"`);
}

async function authorizationsReceived(port: number, marker: string): Promise<(string | undefined)[]> {
  const received = (await receivedRequests(port)).filter((r) => r.method === "POST" && r.body.includes(marker));
  return received.map((r) => r.headers.find(([name]) => name.toLowerCase() === "authorization")?.[1]);
}

/** Pastes a link into the address bar of the open tab: only the fragment changes. */
async function pasteIntoAddressBar(page: Page, fragment: string) {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, fragment);
}

test("a remembered token does not follow a permalink to another server until the user confirms that host", async ({ page }) => {
  await openApp(page);
  await page.getByLabel("Target").selectOption("custom");
  await page.getByLabel("Base URL").fill(baseUrlOf(sandboxServers.cors));
  await page.getByLabel("Access token").fill("token-for-my-server");
  await page.getByLabel("Remember on this device").check();

  // A 53-character link naming another server as a Custom base URL.
  const marker = uniqueMarker();
  const otherPort = sandboxServers.hiddenTraceId;
  const link = encodePermalink({ bodyText: bodyWithMarker(marker), target: { kind: "custom", storeHandle: "", baseUrl: baseUrlOf(otherPort) } });
  const other = await page.context().newPage();
  await openApp(other, `/#${link}`);
  await expect(other.getByLabel("Access token")).toHaveValue("token-for-my-server");
  const host = `127.0.0.1:${otherPort}`;
  await expect(other.getByTestId("token-withheld")).toContainText(`Not sent to ${host}`);

  await bodyEditor(other).focus();
  await other.keyboard.press("ControlOrMeta+Enter");
  const question = other.getByRole("alertdialog", { name: `Send your access token to ${host}?` });
  await expect(question).toContainText(host);
  await question.getByRole("button", { name: "Send without the token" }).click();
  await expect(other.getByTestId("response-status")).toHaveText(/^401/);
  expect(await authorizationsReceived(otherPort, marker)).toEqual([undefined]);

  await other.keyboard.press("ControlOrMeta+Enter");
  await question.getByRole("button", { name: `Send my token to ${host}` }).click();
  await expect(other.getByTestId("response-status")).toHaveText(/^200/);
  const sent = await authorizationsReceived(otherPort, marker);
  expect(sent).toHaveLength(2);
  expect(sent[1]).toMatch(/^Bearer \S/);
  // Confirmed once: the next send goes without asking.
  await other.getByRole("button", { name: "Send", exact: true }).click();
  await expect.poll(async () => (await authorizationsReceived(otherPort, marker)).length).toBe(3);
  await expect(question).toBeHidden();
  await other.close();
});

test("a curl import that names another host does not take the token there unasked", async ({ page }) => {
  await openApp(page);
  await page.getByLabel("Access token").fill("my-token");
  await page.getByRole("button", { name: "Import curl" }).click();
  const dialog = page.getByRole("dialog", { name: "Import curl" });
  await dialog.getByLabel("curl command").fill(`curl --request POST --url ${baseUrlOf(sandboxServers.cors)}/sales/marketing_events/sync_data.json`);
  await dialog.getByRole("button", { name: "Import" }).click();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByTestId("token-withheld")).toContainText(`127.0.0.1:${sandboxServers.cors}`);
  await expect(page.getByRole("region", { name: "curl" }).getByTestId("snippet")).not.toContainText("Authorization");
});

test("a link pasted into the address bar of an open tab opens; the replaced draft is one click (or Ctrl+Z) away", async ({ page }) => {
  await openApp(page);
  await setBody(page, draftBody);
  await expect(page.getByTestId("problems-count")).not.toHaveText(/1 error/);
  const link = encodePermalink({ bodyText: validBody, target: { kind: "sandbox", storeHandle: "", baseUrl: "" } });
  await pasteIntoAddressBar(page, link);
  const notice = page.getByTestId("notice").filter({ hasText: "Your previous body is kept in History" });
  await expect(notice).toBeVisible();
  expect(await editorText(page)).toBe(validBody);

  await bodyEditor(page).focus();
  await page.keyboard.press("ControlOrMeta+Z");
  expect(await editorText(page)).toBe(draftBody);
  await page.keyboard.press("ControlOrMeta+Shift+Z");
  expect(await editorText(page)).toBe(validBody);

  await notice.getByRole("button", { name: "Restore previous body" }).click();
  expect(await editorText(page)).toBe(draftBody);
});

test("a link opened on a fresh load over a different draft: Ctrl+Z brings the draft back", async ({ page }) => {
  await openApp(page);
  await setBody(page, draftBody);
  await page.reload();
  await expect(bodyEditor(page)).toBeAttached();
  expect(await editorText(page)).toBe(draftBody);
  const link = encodePermalink({ bodyText: validBody, target: { kind: "sandbox", storeHandle: "", baseUrl: "" } });
  const other = await page.context().newPage();
  await openApp(other, `/#${link}`);
  expect(await editorText(other)).toBe(validBody);
  await expect(other.getByTestId("notice").filter({ hasText: "Your previous body is kept in History" })).toBeVisible();
  await bodyEditor(other).focus();
  await other.keyboard.press("ControlOrMeta+Z");
  expect(await editorText(other)).toBe(draftBody);
  await other.close();
});

test("opening a link while the target cannot be built still keeps the draft", async ({ page }) => {
  await openApp(page);
  await setBody(page, draftBody);
  await page.getByLabel("Target").selectOption("custom");
  await page.getByLabel("Base URL").fill("http://127.0.");
  await pasteIntoAddressBar(page, encodePermalink({ bodyText: validBody, target: { kind: "sandbox", storeHandle: "", baseUrl: "" } }));
  await expect(page.getByLabel("Target")).toHaveValue("sandbox");
  const history = page.getByRole("region", { name: "History" });
  await history.getByText("History", { exact: true }).click();
  await history.getByRole("button", { name: /^Restore Draft kept before opening a shared link/ }).click();
  expect(await editorText(page)).toBe(draftBody);
  await expect(page.getByLabel("Base URL")).toHaveValue("http://127.0.");
});

test("every fragment that is not a plain permalink is opened or explained", async ({ page }) => {
  const link = encodePermalink({ bodyText: validBody, target: { kind: "sandbox", storeHandle: "", baseUrl: "" } });
  await openApp(page, `/#%20${link}%20`);
  expect(await editorText(page)).toBe(validBody);

  for (const [fragment, words] of [
    ["v0.abcd", "is not a Sync Data Playground permalink"],
    ["v1234567890.abcd", "newer version of the app (permalink format v1234567890)"],
    ["top", '("top") is not a Sync Data Playground permalink'],
  ] as const) {
    await pasteIntoAddressBar(page, fragment);
    await expect(page.getByTestId("notice").filter({ hasText: words })).toBeVisible();
  }
  expect(await editorText(page)).toBe(validBody);
});

test("a link whose body is not JSON says so once, keeps the body, and can be opened anyway", async ({ page }) => {
  await openApp(page);
  await setBody(page, draftBody);
  await pasteIntoAddressBar(page, encodePermalink({ bodyText: "not json", target: { kind: "sandbox", storeHandle: "", baseUrl: "" } }));
  const notice = page.getByTestId("notice").filter({ hasText: "not valid JSON" });
  await expect(notice).toBeVisible();
  expect((await notice.innerText()).match(/kept|unchanged/g)).toHaveLength(1);
  expect(await editorText(page)).toBe(draftBody);
  await notice.getByRole("button", { name: "Open it anyway" }).click();
  expect(await editorText(page)).toBe("not json");
});

test("a draft too large to store says it is kept for this tab only, and Restore still brings it back", async ({ page }) => {
  await openApp(page);
  const huge = makeManyItemsBody(1600);
  await setBody(page, huge);
  await expect(page.getByTestId("problems-count")).toHaveText(/^1600 errors/);
  await pasteIntoAddressBar(page, encodePermalink({ bodyText: validBody, target: { kind: "sandbox", storeHandle: "", baseUrl: "" } }));
  const notice = page.getByTestId("notice").filter({ hasText: "Your previous body is kept in History for this tab only" });
  await expect(notice).toContainText("a reload loses it");
  await notice.getByRole("button", { name: "Restore previous body" }).click();
  await expect(page.getByTestId("problems-count")).toHaveText(/^1600 errors/);
});
