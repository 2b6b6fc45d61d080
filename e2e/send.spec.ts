import { pageToken, validBody } from "./bodies";
import { expect, openApp, setBody, test } from "./fixtures";
import { baseUrlOf, receivedRequests, sandboxServers } from "./sandbox-servers";
import type { Page } from "@playwright/test";

async function useServer(page: Page, port: number) {
  await page.getByLabel("Target").selectOption("custom");
  await page.getByLabel("Base URL").fill(baseUrlOf(port));
}

test("Send to the in-page sandbox shows 200, success_count 1 and a traceId", async ({ page }) => {
  await openApp(page);
  await setBody(page, validBody);
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200 OK/);
  await expect(page.getByTestId("response-success-count")).toHaveText("1");
  await expect(page.getByTestId("response-trace-id")).toContainText(/[0-9a-f]{32}/);
  await expect(page.getByTestId("response-time")).toHaveText(/\d+(\.\d+)? (ms|s)/);
});

test("Send to the sandbox server delivers the editor's bytes exactly, across origins", async ({ page }) => {
  const marker = `MA_${Date.now()}_${Math.random().toString(36).slice(2)}`;
  const body = validBody.replace('"MA_12323312324"', `"${marker}"`).replace('"order_num": 100', '"order_num": 9007199254740993');
  await openApp(page);
  await setBody(page, body);
  await useServer(page, sandboxServers.cors);
  await page.getByLabel("Access token").fill("test-token-123");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByTestId("response-status")).toHaveText(/^200 OK/);
  await expect(page.getByTestId("response-success-count")).toHaveText("1");
  await expect(page.getByTestId("response-trace-id")).toContainText(/[0-9a-f]{32}/);
  const received = (await receivedRequests(sandboxServers.cors)).filter((r) => r.method === "POST" && r.body.includes(marker));
  expect(received).toHaveLength(1);
  expect(received[0]?.body).toBe(body);
  const headers = Object.fromEntries((received[0]?.headers ?? []).map(([n, v]) => [n.toLowerCase(), v]));
  expect(headers["authorization"]).toBe("Bearer test-token-123");
  expect(headers["content-type"]).toBe("application/json; charset=utf-8");
  expect(headers["accept"]).toBe("application/json");
});

test.describe("without CORS", () => {
  test.use({ allowedConsoleErrors: /has been blocked by CORS policy|^Failed to load resource: net::ERR_FAILED/ });

  test("a server without CORS gets a CORS explanation and the curl way out", async ({ page }) => {
  await openApp(page);
  await setBody(page, validBody);
  await useServer(page, sandboxServers.noCors);
  await page.getByLabel("Access token").fill("t");
  await page.getByRole("button", { name: "Send" }).click();
  const error = page.getByTestId("response-error");
  await expect(error).toContainText(/CORS/);
    await expect(error.getByRole("button", { name: /curl/i })).toBeVisible();
  });
});

test("a server that hides traceId: the status arrives and the missing traceId is explained", async ({ page }) => {
  await openApp(page);
  await setBody(page, validBody);
  await useServer(page, sandboxServers.hiddenTraceId);
  await page.getByLabel("Access token").fill("t");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200 OK/);
  await expect(page.getByTestId("response-trace-id")).toContainText("did not expose the traceId header");
});

test("401 and 422 are shown with their meanings, 422 with its errors listed", async ({ page }) => {
  await openApp(page);
  await useServer(page, sandboxServers.cors);
  await page.getByRole("button", { name: "Send" }).click();
  // The example has one error and no token is set: the page asks once before sending it.
  await page.getByRole("alertdialog", { name: "Send with errors and without a token?" }).getByRole("button", { name: "Send anyway" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^401 Unauthorized: token missing, wrong or expired/);

  await page.getByLabel("Access token").fill("t");
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByRole("button", { name: "Send anyway" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^422 Well-formed but semantically wrong/);
  await expect(page.getByTestId("response-errors")).toContainText("marketing_activity_datas[0].custom_activity_engagement_list[0].name: At most 20 characters allowed; this has 27.");
});

test("the in-page sandbox queues sends as documented, and Sandbox behaviour forces a 429 in SHOPLINE's shape", async ({ page }) => {
  // Requests that fit in the bucket queue and are answered at 4/s (one at a time from Send never
  // overflows it); a 429 is what a client meets when the bucket is full, so it is forced here.
  await openApp(page);
  await setBody(page, validBody);
  const sends = page.getByRole("region", { name: "History" }).getByTestId("history-count");
  for (let i = 1; i <= 3; i++) {
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(sends).toHaveText(String(i));
  }
  await expect(page.getByTestId("response-status")).toHaveText(/^200 OK/);
  await page.getByLabel("Sandbox behaviour").selectOption("status-429");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^429 Rate limited/);
  await expect(page.getByTestId("response-body")).toContainText('"errors"');
  await expect(page.getByTestId("response-trace-id")).not.toBeEmpty();
});

test("Cancel aborts a slow request", async ({ page }) => {
  await openApp(page);
  await setBody(page, validBody);
  await useServer(page, sandboxServers.slow);
  await page.getByLabel("Access token").fill("t");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sending…" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("response-error")).toContainText(/cancel/i);
  await expect(page.getByRole("button", { name: "Send" })).toBeEnabled();
});

test("the token is read without verifying, offered as the store, and kept out of URLs, local storage and the console", async ({ page }) => {
  const consoleText: string[] = [];
  page.on("console", (message) => consoleText.push(message.text()));
  // The page's sample token expired on 2026-02-01; a fixed clock keeps the wording the same on any day.
  await page.clock.setFixedTime(new Date("2026-11-27T12:00:00Z"));
  await openApp(page);
  await page.getByLabel("Access token").fill(pageToken);
  const info = page.getByTestId("token-info");
  await expect(info).toContainText("Store: https://sl-open-sg.myshopline.com");
  await expect(info).toContainText("Token expired 9 months ago");
  await info.getByRole("button", { name: "Use store sl-open-sg" }).click();
  await expect(page.getByLabel("Target")).toHaveValue("store");
  await expect(page.getByLabel("Store handle")).toHaveValue("sl-open-sg");
  await expect(page.getByTestId("request-url")).toContainText("https://sl-open-sg.myshopline.com/admin/openapi/v20260301/sales/marketing_events/sync_data.json");

  await useServer(page, sandboxServers.cors);
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByRole("button", { name: "Send anyway" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^401/);
  await page.getByRole("button", { name: "Copy permalink" }).click();
  await expect(page.getByTestId("permalink-status")).toContainText("Permalink copied");
  const permalink = await page.evaluate(() => navigator.clipboard.readText());
  const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  const session = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
  expect(page.url()).not.toContain(pageToken.slice(-20));
  expect(permalink).not.toContain(pageToken.slice(-20));
  expect(local).not.toContain(pageToken.slice(-20));
  expect(session).toContain(pageToken.slice(-20));
  expect(consoleText.join("\n")).not.toContain(pageToken.slice(-20));
});
