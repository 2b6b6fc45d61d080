import type { Page } from "@playwright/test";
import { startFaultyServer } from "./faulty-server";
import { validBody } from "./bodies";
import { expect, openApp, setBody, test } from "./fixtures";

async function target(page: Page, baseUrl: string, token = "t") {
  await openApp(page);
  await setBody(page, validBody);
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");
  await page.getByLabel("Target").selectOption("custom");
  await page.getByLabel("Base URL").fill(baseUrl);
  await page.getByLabel("Access token").fill(token);
}

test("the timeout covers a body that stalls after the headers", async ({ page }) => {
  const server = await startFaultyServer((_, res) => {
    // Headers and the start of a body, then nothing: only the timeout can end this.
    res.writeHead(200, { "Content-Type": "application/json" });
    res.write('{"sucess_count":');
  });
  try {
    await target(page, server.baseUrl);
    await page.getByLabel("Timeout (s)").fill("2");
    await page.getByLabel("Timeout (s)").blur();
    await page.getByRole("button", { name: "Send" }).click();
    const error = page.getByTestId("response-error");
    await expect(error).toContainText("The answer did not finish within 2 s");
    await expect(error).toContainText("status 200, but its body stopped arriving");
    await expect(page.getByRole("button", { name: "Send" })).toBeEnabled();
  } finally {
    await server.close();
  }
});

for (const location of ["javascript:alert(1)", "data:text/plain,hi"]) {
  test(`a redirect to ${location.split(":")[0]}: is explained as a redirect, not as an unreachable server`, async ({ page }) => {
    const server = await startFaultyServer((_, res) => res.writeHead(302, { Location: location }).end());
    try {
      await target(page, server.baseUrl);
      await page.getByRole("button", { name: "Send" }).click();
      const error = page.getByTestId("response-error");
      await expect(error).toContainText("The server answered with a redirect");
      await expect(error).not.toContainText(/unreachable|CORS/);
    } finally {
      await server.close();
    }
  });
}

test.describe("inputs a request cannot carry are said as such, before any send", () => {
  const refusedTokens = [
    ["NUL", "abc\0def", "a NUL character (U+0000) at character 4"],
    ["an emoji", "tok🎉en", '"🎉" (U+1F389), which is not plain ASCII at character 4'],
  ] as const;
  for (const [what, token, said] of refusedTokens) {
    test(`a token with ${what}`, async ({ page }) => {
      let requests = 0;
      const server = await startFaultyServer((_, res) => (requests++, res.writeHead(200).end("{}")));
      try {
        await target(page, server.baseUrl, token);
        await page.getByRole("button", { name: "Send" }).click();
        await expect(page.getByRole("status").getByText(`The access token has ${said}`)).toBeVisible();
        await expect(page.getByTestId("response-error")).toHaveCount(0);
        expect(requests).toBe(0);
      } finally {
        await server.close();
      }
    });
  }

  test("a token with CR/LF (a text field drops line breaks; an imported curl command keeps them)", async ({ page }) => {
    let requests = 0;
    const server = await startFaultyServer((_, res) => (requests++, res.writeHead(200).end("{}")));
    try {
      await target(page, server.baseUrl);
      await page.getByRole("button", { name: "Import curl" }).click();
      const dialog = page.getByRole("dialog", { name: "Import curl" });
      const url = `${server.baseUrl}/sales/marketing_events/sync_data.json`;
      await dialog.getByLabel("curl command").fill(`curl --url ${url} --header $'Authorization: Bearer abc\\r\\nX-Injected: 1'`);
      await dialog.getByRole("button", { name: "Import" }).click();
      await expect(dialog.getByTestId("import-result")).toContainText("the access token");
      await dialog.getByRole("button", { name: "Close" }).click();
      await page.getByRole("button", { name: "Send" }).click();
      await expect(page.getByRole("status").getByText("The access token has a carriage return (U+000D) at character 4")).toBeVisible();
      await expect(page.getByTestId("response-error")).toHaveCount(0);
      expect(requests).toBe(0);
    } finally {
      await server.close();
    }
  });

  test("a timeout of 1e308 is refused at input, and nothing is sent until it is fixed", async ({ page }) => {
    let requests = 0;
    const server = await startFaultyServer((_, res) => (requests++, res.writeHead(200, { "Content-Type": "application/json" }).end('{"sucess_count":1}')));
    try {
      await target(page, server.baseUrl);
      const timeout = page.getByLabel("Timeout (s)");
      await timeout.fill("1e308");
      await timeout.blur();
      await expect(page.getByRole("alert").filter({ hasText: "The timeout must be a number of seconds from 1 to 600." })).toBeVisible();
      await expect(timeout).toHaveAttribute("aria-invalid", "true");
      await page.getByRole("button", { name: "Send" }).click();
      await expect(page.getByText(/The timeout must be a number of seconds from 1 to 600/).nth(1)).toBeVisible();
      expect(requests).toBe(0);
      await timeout.fill("20");
      await timeout.blur();
      await expect(timeout).toHaveAttribute("aria-invalid", "false");
      await page.getByRole("button", { name: "Send" }).click();
      await expect(page.getByTestId("response-success-count")).toHaveText("1");
      expect(requests).toBe(1);
    } finally {
      await server.close();
    }
  });
});

test("a 15 MB error answer is drawn cut, its errors read, and the whole body downloadable", async ({ page }) => {
  const entries: string[] = [];
  for (let i = 0, size = 0; size < 15e6; i++) {
    const entry = `"marketing_activity_datas[${i}].name":["At most 20 characters allowed; this has 27."]`;
    entries.push(entry);
    size += entry.length + 1;
  }
  const body = `{"errors":{${entries.join(",")}}}`;
  const server = await startFaultyServer((_, res) => res.writeHead(422, { "Content-Type": "application/json" }).end(body));
  try {
    await target(page, server.baseUrl);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByTestId("response-status")).toHaveText(/^422/, { timeout: 60_000 });
    await expect(page.getByTestId("response-errors")).toContainText("marketing_activity_datas[0].name: At most 20 characters allowed; this has 27.");
    await expect(page.getByTestId("response-errors-more")).toHaveText(`The first 200 of ${entries.length.toLocaleString("en")} errors; the whole list is in the downloaded response.`);
    await expect(page.getByTestId("response-body-cut")).toContainText("Showing the first 200,000 characters of");
    const shown = await page.getByTestId("response-body").textContent();
    expect(shown?.length).toBe(200_000);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download response" }).click();
    const file = await (await download).path();
    const { readFile } = await import("node:fs/promises");
    expect((await readFile(file, "utf8")) === body).toBe(true);
  } finally {
    await server.close();
  }
});
