import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { validBody } from "./bodies";
import { expect, openApp, setBody, test } from "./fixtures";
import { baseUrlOf, receivedRequests, sandboxServers } from "./sandbox-servers";

async function manage(page: Page, action: () => Promise<void>) {
  await page.getByRole("button", { name: "Manage environments" }).click();
  await action();
  await page.getByRole("button", { name: "Manage environments" }).click();
}

/** Creates an environment named `name` sending to the sandbox server on `port` with `token`. */
async function addEnvironment(page: Page, name: string, port: number, token: string) {
  await manage(page, async () => {
    await page.getByRole("button", { name: "New environment" }).click();
    await page.getByLabel("Environment name").fill(name);
    await page.getByLabel("Environment name").press("Enter");
  });
  await page.getByLabel("Target").selectOption("custom");
  await page.getByLabel("Base URL").fill(baseUrlOf(port));
  await page.getByLabel("Access token").fill(token);
  await expect(page.getByLabel("Environment", { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel("Environment", { exact: true }).locator("option:checked")).toHaveText(name);
}

function authorizationOf(request: { headers: readonly (readonly [string, string])[] } | undefined) {
  return Object.fromEntries((request?.headers ?? []).map(([n, v]) => [n.toLowerCase(), v]))["authorization"];
}

test("two environments switched by keyboard change the URL and token the server receives", async ({ page }) => {
  const marker = `ENV_${Date.now()}_${Math.random().toString(36).slice(2)}`;
  await openApp(page);
  await setBody(page, validBody.replace('"MA_12323312324"', `"${marker}"`));
  await addEnvironment(page, "Dev", sandboxServers.cors, "token-dev");
  await addEnvironment(page, "Staging", sandboxServers.hiddenTraceId, "token-staging");

  const environment = page.getByLabel("Environment", { exact: true });
  await environment.focus();
  await page.keyboard.press("ArrowUp");
  await expect(environment.locator("option:checked")).toHaveText("Dev");
  await expect(page.getByLabel("Base URL")).toHaveValue(baseUrlOf(sandboxServers.cors));
  await expect(page.getByLabel("Access token")).toHaveValue("token-dev");
  // The environment's name shows in its select, the host right after it, before Send.
  await expect(page.getByTestId("send-destination")).toHaveText(`→ 127.0.0.1:${sandboxServers.cors}`);
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByTestId("response-status")).toHaveText(/^200 OK/);

  await environment.focus();
  await page.keyboard.press("ArrowDown");
  await expect(environment.locator("option:checked")).toHaveText("Staging");
  await expect(page.getByLabel("Access token")).toHaveValue("token-staging");
  await expect(page.getByTestId("send-destination")).toHaveText(`→ 127.0.0.1:${sandboxServers.hiddenTraceId}`);
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByTestId("response-status")).toHaveText(/^200 OK/);

  const toDev = (await receivedRequests(sandboxServers.cors)).filter((r) => r.method === "POST" && r.body.includes(marker));
  const toStaging = (await receivedRequests(sandboxServers.hiddenTraceId)).filter((r) => r.method === "POST" && r.body.includes(marker));
  expect(toDev.map(authorizationOf)).toEqual(["Bearer token-dev"]);
  expect(toStaging.map(authorizationOf)).toEqual(["Bearer token-staging"]);

  // The last one used comes back after a reload, with its token (kept for this tab).
  await page.reload();
  await expect(page.getByLabel("Environment", { exact: true }).locator("option:checked")).toHaveText("Staging");
  await expect(page.getByLabel("Base URL")).toHaveValue(baseUrlOf(sandboxServers.hiddenTraceId));
  await expect(page.getByLabel("Access token")).toHaveValue("token-staging");
});

test("an exported environments file holds no token, and imports back", async ({ page }) => {
  await openApp(page);
  await addEnvironment(page, "Dev", sandboxServers.cors, "secret-token-dev");
  await page.getByRole("button", { name: "Manage environments" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export environments" }).click();
  const text = await readFile((await (await download).path()) ?? "", "utf8");
  expect(text).not.toContain("secret-token-dev");
  expect(JSON.parse(text)).toMatchObject({ version: 1, environments: [{ name: "Dev", target: { kind: "custom", baseUrl: baseUrlOf(sandboxServers.cors) } }] });

  await page.getByLabel("Environments file to import").setInputFiles({ name: "envs.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await expect(page.getByText("Imported 1 environment")).toBeVisible();
  await expect(page.getByLabel("Environment", { exact: true }).locator("option")).toHaveText(["No environment", "Dev", "Dev (2)"]);
  await page.getByLabel("Environments file to import").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{"version":1}') });
  await expect(page.getByText(/Environments not imported: This is not an environments file/)).toBeVisible();
});

test("a production environment asks once per session before sending", async ({ page }) => {
  await openApp(page);
  await setBody(page, validBody);
  await addEnvironment(page, "Live", sandboxServers.cors, "token-live");
  await manage(page, () => page.getByLabel(/^Production/).check());
  await expect(page.getByLabel("Environment", { exact: true }).locator("option:checked")).toHaveText("Live (production)");
  await expect(page.getByTestId("send-destination")).toHaveAttribute("title", /in “Live”, marked as production$/);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const question = page.getByRole("alertdialog", { name: "Send to production?" });
  await expect(question).toBeVisible();
  await question.getByRole("button", { name: "Don't send" }).click();
  await expect(question).toBeHidden();
  await expect(page.getByTestId("response-status")).toHaveCount(0);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await question.getByRole("button", { name: "Send to production" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200 OK/);
  // Asked once: the next send goes straight out.
  await setBody(page, validBody.replace('"order_num": 100', '"order_num": 101'));
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("response-time")).toBeVisible();
  await expect(question).toBeHidden();
});

test("Manage environments opens under its button and Esc closes it, back on the button", async ({ page }) => {
  await openApp(page);
  const manageButton = page.getByRole("button", { name: "Manage environments" });
  const panel = page.getByRole("group", { name: "Manage environments" });
  await expect(manageButton).toHaveAttribute("aria-expanded", "false");
  await expect(panel).toBeHidden();
  await manageButton.focus();
  await page.keyboard.press("Enter");
  await expect(manageButton).toHaveAttribute("aria-expanded", "true");
  await expect(panel.getByRole("button", { name: "New environment" })).toBeVisible();
  await panel.getByRole("button", { name: "New environment" }).focus();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(manageButton).toBeFocused();
});
