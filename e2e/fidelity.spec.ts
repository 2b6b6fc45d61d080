import { validBody } from "./bodies";
import { expect, openApp, setBody, test } from "./fixtures";
import { baseUrlOf, receivedRequests, sandboxServers } from "./sandbox-servers";

test("Sandbox behaviour forced to 503 shows SHOPLINE's meaning and a traceId", async ({ page }) => {
  await openApp(page);
  await setBody(page, validBody);
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");
  await page.getByLabel("Sandbox behaviour", { exact: true }).selectOption({ label: "Always 503 (Service unavailable)" });
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^503 Service unavailable/);
  await expect(page.getByTestId("response-trace-id")).toContainText(/[0-9a-f]{32}/);
  await expect(page.getByTestId("response-body")).toContainText('"errors": "Service unavailable"');
  await expect(page.getByTestId("response-sandbox-rules")).toContainText("Sandbox rule: documented — An answer forced by");
});

test("Sandbox behaviour is offered only while the Sandbox is the target", async ({ page }) => {
  await openApp(page);
  await expect(page.getByLabel("Sandbox behaviour", { exact: true })).toBeVisible();
  await page.getByLabel("Target", { exact: true }).selectOption("store");
  await expect(page.getByLabel("Sandbox behaviour", { exact: true })).toHaveCount(0);
});

test("the Response panel labels the sandbox's assumptions", async ({ page }) => {
  await openApp(page);
  await setBody(page, '{"marketing_activity_datas": []}');
  await expect(page.getByTestId("problems-count")).toHaveText("1 warning");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200 OK/);
  await expect(page.getByTestId("response-success-count")).toHaveText("0");
  const rules = page.getByTestId("response-sandbox-rules");
  await expect(rules).toContainText("Sandbox rule: assumed — An empty or missing item list answers 200");
  await expect(rules).toContainText("Sandbox rule: assumed — Answers are JSON with Content-Type application/json; charset=utf-8.");
  await expect(rules).toContainText("Sandbox rule: documented — Every answer carries a traceId header.");
});

test("API version changes the URL shown and the request the sandbox server receives", async ({ page }) => {
  const marker = `MA_version_${Date.now()}_${Math.random().toString(36).slice(2)}`;
  await openApp(page);
  await setBody(page, validBody.replace('"MA_12323312324"', `"${marker}"`));
  const apiVersion = page.getByLabel("API version", { exact: true });
  await expect(apiVersion).toHaveValue("v20260301");
  await page.getByLabel("Target", { exact: true }).selectOption("custom");
  await page.getByLabel("Base URL", { exact: true }).fill(baseUrlOf(sandboxServers.cors));
  await page.getByLabel("Access token", { exact: true }).fill("test-token-version");
  await apiVersion.selectOption("v20270301");
  await expect(page.getByLabel("Base URL", { exact: true })).toHaveValue(`http://127.0.0.1:${sandboxServers.cors}/admin/openapi/v20270301`);
  await expect(page.getByTestId("request-url")).toContainText(`/admin/openapi/v20270301/sales/marketing_events/sync_data.json`);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200 OK/);
  const received = (await receivedRequests(sandboxServers.cors)).filter((r) => r.method === "POST" && r.body.includes(marker));
  expect(received.map((r) => r.url)).toEqual(["/admin/openapi/v20270301/sales/marketing_events/sync_data.json"]);

  await page.getByLabel("Target", { exact: true }).selectOption("store");
  await page.getByLabel("Store handle", { exact: true }).fill("open001");
  await expect(page.getByTestId("request-url")).toContainText("https://open001.myshopline.com/admin/openapi/v20270301/sales/marketing_events/sync_data.json");
});
