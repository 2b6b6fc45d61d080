import { uniqueMarker, validBody } from "./bodies";
import { expect, openApp, setBody, test } from "./fixtures";
import { baseUrlOf, receivedRequests, sandboxServers } from "./sandbox-servers";

test("a token pasted as 'Bearer …' loses the scheme, says so, and is sent once", async ({ page }) => {
  const marker = uniqueMarker();
  await openApp(page);
  await setBody(page, validBody.replace('"MA_12323312324"', `"${marker}"`));
  await page.getByLabel("Target").selectOption("custom");
  await page.getByLabel("Base URL").fill(baseUrlOf(sandboxServers.cors));
  await page.getByLabel("Access token").fill("Bearer abc-123");
  await expect(page.getByLabel("Access token")).toHaveValue("abc-123");
  await expect(page.getByTestId("token-info")).toContainText("Removed “Bearer” from the pasted token");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200/);
  const received = (await receivedRequests(sandboxServers.cors)).filter((r) => r.body.includes(marker));
  const authorization = received[0]?.headers.find(([n]) => n.toLowerCase() === "authorization")?.[1];
  expect(authorization).not.toMatch(/Bearer Bearer/);
  expect(authorization).toMatch(/^Bearer \S/);
});

test("a send to a server with no token asks first, and can still be sent to see the 401", async ({ page }) => {
  await openApp(page);
  await setBody(page, validBody);
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");
  await page.getByLabel("Target").selectOption("custom");
  await page.getByLabel("Base URL").fill(baseUrlOf(sandboxServers.cors));
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const question = page.getByRole("alertdialog", { name: "Send without a token?" });
  await expect(question).toContainText("no access token");
  await question.getByRole("button", { name: "Send anyway" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^401/);
});

test("the on-screen mask hides the token in its header only, not equal text in the body", async ({ page }) => {
  await openApp(page);
  await page.getByLabel("Access token").fill("100");
  const snippet = page.getByRole("region", { name: "curl" }).getByTestId("snippet");
  await expect(snippet).toContainText("Authorization: Bearer ••••••••");
  await expect(snippet).toContainText('"order_num": 100');
});

test("a Custom base URL may be an origin or a full URL; an unusual path shows where the request goes and offers to complete it", async ({ page }) => {
  await openApp(page);
  await setBody(page, validBody);
  await page.getByLabel("Target").selectOption("custom");
  const origin = `http://127.0.0.1:${sandboxServers.cors}`;
  await page.getByLabel("Base URL").fill(origin);
  await expect(page.getByTestId("request-url")).toContainText(`${origin}/admin/openapi/v20260301/sales/marketing_events/sync_data.json`);
  await expect(page.getByTestId("base-url-advice")).toContainText(/only an origin was given/i);
  await page.getByLabel("Access token").fill("t");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200/);

  await page.getByLabel("Base URL").fill(`${origin}/api`);
  await expect(page.getByTestId("request-url")).toContainText(`${origin}/api/sales/marketing_events/sync_data.json`);
  await page.getByTestId("base-url-advice").getByRole("button", { name: `Complete to ${origin}/api/admin/openapi/v20260301` }).click();
  await expect(page.getByLabel("Base URL")).toHaveValue(`${origin}/api/admin/openapi/v20260301`);
});

test("in-page Sandbox sends say so in the response and in History; its curl names the sandbox server and how to start it", async ({ page }) => {
  await openApp(page);
  await setBody(page, validBody);
  await expect(page.getByTestId("sandbox-snippet-note")).toContainText("npm run sandbox");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200/);
  await expect(page.getByTestId("response-in-page")).toContainText("in-page Sandbox");
  const history = page.getByRole("region", { name: "History" });
  await history.getByText("History", { exact: true }).click();
  await expect(history.getByRole("listitem").first()).toContainText("→ in-page Sandbox");
  await expect(history.getByRole("listitem").first()).not.toContainText("http://");

  // The sandbox server's address is a setting: copied commands go where it really runs.
  await page.getByLabel("Sandbox server URL").fill("http://127.0.0.1:9123");
  await expect(page.getByTestId("request-url")).toContainText("http://127.0.0.1:9123/admin/openapi/v20260301/sales/marketing_events/sync_data.json");
  await expect(page.getByRole("region", { name: "curl" }).getByTestId("snippet")).toContainText("--url http://127.0.0.1:9123/admin/openapi/");
});
