import { readFileSync } from "node:fs";
import { manyItemsBody } from "../src/core/snippets/testing/requests";
import { documentedExampleText } from "../src/endpoint/example";
import { pageToken } from "./bodies";
import { expect, openApp, setBody, test } from "./fixtures";

/** The endpoint page's own curl, as published (it carries no body). */
const pageCurl = `curl --request POST \\
--url https://openapiceshidianpu.myshopline.com/admin/openapi/v20260301/sales/marketing_events/sync_data.json \\
--header 'Authorization: Bearer ${pageToken}' \\
--header 'Content-Type: application/json; charset=utf-8' \\
--header 'accept: application/json'`;

test("importing the endpoint page's curl fills the target and token, keeps the body, and the curl panel then equals the page's curl plus the body", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Import curl" }).click();
  const dialog = page.getByRole("dialog", { name: "Import curl" });
  await dialog.getByLabel("curl command").fill(pageCurl);
  await dialog.getByRole("button", { name: "Import" }).click();
  await expect(dialog.getByTestId("import-result")).toContainText("Filled store openapiceshidianpu, the access token.");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByLabel("Target")).toHaveValue("store");
  await expect(page.getByLabel("Store handle")).toHaveValue("openapiceshidianpu");

  const curl = page.getByRole("region", { name: "curl" });
  // On screen the token is masked…
  await expect(curl.getByTestId("snippet")).toContainText("Authorization: Bearer ••••••••");
  // …and Copy gives the runnable command, byte for byte the page's plus the editor's body.
  await curl.getByRole("button", { name: "Copy curl" }).click();
  await expect(curl.getByRole("status")).toHaveText("curl copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${pageCurl} \\\n--data-raw '${documentedExampleText}'`);
});

test("the env token mode copies a command that holds no secret", async ({ page }) => {
  await openApp(page);
  await page.getByLabel("Access token").fill("very-secret");
  const curl = page.getByRole("region", { name: "curl" });
  await curl.getByLabel(/Use \$SHOPLINE_ACCESS_TOKEN/).check();
  await curl.getByRole("button", { name: "Copy curl" }).click();
  await expect(curl.getByRole("status")).toHaveText("curl copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('--header "Authorization: Bearer $SHOPLINE_ACCESS_TOKEN"');
  expect(copied).not.toContain("very-secret");
});

test("other snippet targets are one choice away and copyable", async ({ page }) => {
  await openApp(page);
  const curl = page.getByRole("region", { name: "curl" });
  for (const [title, marker] of [
    ["Python (requests)", "requests.post("],
    ["PowerShell", "Invoke-RestMethod"],
    ["HTTPie", "http --ignore-stdin --raw="],
  ] as const) {
    await curl.getByLabel("Snippet").selectOption({ label: title });
    await expect(curl.getByTestId("snippet")).toContainText(marker);
    await curl.getByRole("button", { name: `Copy ${title}` }).click();
    await expect(curl.getByRole("status")).toHaveText(`${title} copied.`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(marker);
  }
});

test("each program snippet is one choice away, and Copy copies exactly what the panel shows with the token unmasked", async ({ page }) => {
  await openApp(page);
  await page.getByLabel("Access token").fill("secret-token-42");
  const curl = page.getByRole("region", { name: "curl" });
  for (const [title, marker] of [
    ["Go (net/http)", "http.NewRequest("],
    ["Go (SHOPLINE SDK)", "client.MustNewClient("],
    ["PHP (curl)", "curl_setopt_array("],
    ["Java (HttpClient)", "HttpClient.newHttpClient()"],
    ["C# (HttpClient)", "new HttpRequestMessage("],
    ["Ruby (Net::HTTP)", "Net::HTTP::Post.new("],
  ] as const) {
    await curl.getByLabel("Snippet").selectOption({ label: title });
    const shown = curl.getByTestId("snippet");
    await expect(shown).toContainText(marker);
    await expect(shown).toContainText("••••••••");
    await curl.getByRole("button", { name: `Copy ${title}` }).click();
    await expect(curl.getByRole("status")).toHaveText(`${title} copied.`);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("secret-token-42");
    expect(copied.replaceAll("secret-token-42", "••••••••")).toBe(await shown.textContent());
  }
});

test("the Go SDK snippet warns, naming the fields the SDK would drop, while the body has zeros", async ({ page }) => {
  await openApp(page);
  const curl = page.getByRole("region", { name: "curl" });
  await curl.getByLabel("Snippet").selectOption({ label: "Go (SHOPLINE SDK)" });
  await expect(curl.getByRole("note")).toHaveCount(0);
  await setBody(page, documentedExampleText.replace('"order_num": 100', '"order_num": 0').replace('"count": 100', '"count": 0'));
  const note = curl.getByRole("note");
  await expect(note).toContainText("The Go SDK would not send these 2 fields");
  await expect(note).toContainText("marketing_activity_datas[0].order_num");
  await expect(note).toContainText("marketing_activity_datas[0].product_sale_list[0].count");
  await expect(curl.getByTestId("snippet")).toContainText("//   marketing_activity_datas[0].order_num");
  // Other targets send the body as it is: no warning there.
  await curl.getByLabel("Snippet").selectOption({ label: "Go (net/http)" });
  await expect(curl.getByRole("note")).toHaveCount(0);
});

test("above the inline limit a program snippet reads body.json, and the panel offers that file byte for byte", async ({ page }) => {
  await openApp(page);
  const body = manyItemsBody(100); // ≈ 120 KB, above the 64 KiB limit
  await setBody(page, body);
  const curl = page.getByRole("region", { name: "curl" });
  await curl.getByLabel("Snippet").selectOption({ label: "Ruby (Net::HTTP)" });
  await expect(curl.getByTestId("snippet")).toContainText('File.binread("body.json")');
  const [download] = await Promise.all([page.waitForEvent("download"), curl.getByRole("button", { name: "Download file body.json" }).click()]);
  expect(download.suggestedFilename()).toBe("body.json");
  expect(readFileSync(await download.path(), "utf8")).toBe(body);
  // Below the limit the body is in the snippet and there is no file to offer.
  await setBody(page, "{}");
  await expect(curl.getByRole("button", { name: "Download file body.json" })).toHaveCount(0);
});
