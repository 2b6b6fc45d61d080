import { readFileSync } from "node:fs";
import { test, expect, bodyEditor } from "./fixtures";
import type { Page } from "@playwright/test";
import type { LoggedRequest } from "../src/sandbox/request-log";
import { baseUrlOf, receivedRequests, sandboxServers } from "./sandbox-servers";

const header = "marketing_event_id,order_num,occurred_on,product_sale_list[0].product_id";

/** Row i as CSV, and the item text the import must write for it. */
function row(i: number): { csv: string; item: string } {
  const big = `92233720368547${String(75807 - i).padStart(5, "0")}`;
  return {
    csv: `MA_${i},${big},1672246800000,"1606293807077216754${i}"`,
    item: `{"marketing_event_id":"MA_${i}","order_num":${big},"occurred_on":1672246800000,"product_sale_list":[{"product_id":"1606293807077216754${i}"}]}`,
  };
}

function rows(n: number) {
  const all = Array.from({ length: n }, (_, i) => row(i + 1));
  return { csv: [header, ...all.map((r) => r.csv)].join("\r\n") + "\r\n", items: all.map((r) => r.item) };
}

async function clearLog(port: number) {
  await fetch(`http://127.0.0.1:${port}/__sandbox/requests`, { method: "DELETE" });
}

async function posts(port: number): Promise<LoggedRequest[]> {
  return (await receivedRequests(port)).filter((r) => r.method === "POST");
}

/** The items of each received body, in the order received. */
function itemsOf(bodies: readonly string[]): string[] {
  const open = '{"marketing_activity_datas":[';
  return bodies.flatMap((body) => {
    expect(body.startsWith(open) && body.endsWith("]}")).toBe(true);
    return body.slice(open.length, -2).split(/,(?=\{"marketing_event_id")/);
  });
}

async function importRows(page: Page, csv: string, count: number) {
  await page.getByRole("tab", { name: "Bulk" }).click();
  await page.getByRole("button", { name: "Import rows" }).click();
  const dialog = page.getByRole("dialog", { name: "Import rows" });
  await dialog.getByLabel("Rows file").setInputFiles({ name: "rows.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(dialog.getByRole("status")).toHaveText(`${count} items read.`, { timeout: 30_000 });
  await expect(dialog.getByLabel("Field for column product_sale_list[0].product_id")).toHaveValue("product_sale_list[0].product_id");
  await dialog.getByRole("button", { name: "Write items into the body" }).click();
  await expect(dialog).toBeHidden();
}

async function useServer(page: Page, port: number) {
  await page.getByLabel("Target").selectOption("custom");
  await page.getByLabel("Base URL").fill(baseUrlOf(port));
  await page.getByLabel("Access token").fill("bulk-e2e-token");
}

/** Like fixtures' openApp, with room for a loaded machine (these tests run for seconds anyway). */
async function openApp(page: Page) {
  await page.goto("/");
  await expect(bodyEditor(page)).toBeAttached({ timeout: 60_000 });
}

/** A fresh page sending to the server at `port`, with `csv` imported and the run's settings typed in. */
async function prepareRun(page: Page, port: number, csv: string, count: number, settings: { itemsPerRequest?: string; perSecond?: string } = {}) {
  await clearLog(port);
  await openApp(page);
  await useServer(page, port);
  await importRows(page, csv, count);
  const typed = [
    ["Items per request", settings.itemsPerRequest],
    ["Requests per second", settings.perSecond],
  ] as const;
  for (const [label, value] of typed) {
    if (value === undefined) continue;
    await page.getByLabel(label).fill(value);
    // The fields apply on change.
    await page.getByLabel(label).blur();
  }
}

const progressBar = (page: Page) => page.getByRole("progressbar", { name: "Bulk progress" });

test.describe.configure({ mode: "serial", timeout: 180_000 });

test("2,000 imported rows go out as 20 requests of 100, each item once and in order, at most 4 a second", async ({ page }) => {
  const { csv, items } = rows(2000);
  await prepareRun(page, sandboxServers.bulk, csv, 2000);
  await expect(page.getByLabel("Items per request")).toHaveValue("100");
  await expect(page.getByLabel("Requests per second")).toHaveValue("4");
  await page.getByRole("button", { name: "Send all" }).click();
  await expect(progressBar(page)).toHaveAttribute("aria-valuenow", "20", { timeout: 30_000 });
  await expect(progressBar(page)).toHaveAttribute("aria-valuetext", "20 of 20 requests done, 2000 items acknowledged");

  const received = await posts(sandboxServers.bulk);
  expect(received).toHaveLength(20);
  // Byte for byte: request k is items 100k+1…100k+100, their text inside the list wrapper, each
  // sent once. (Requests start in order; two in flight at once may reach the server swapped.)
  const expected = Array.from({ length: 20 }, (_, k) => `{"marketing_activity_datas":[${items.slice(k * 100, k * 100 + 100).join(",")}]}`);
  expect(received.map((r) => r.body).sort((a, b) => expected.indexOf(a) - expected.indexOf(b))).toEqual(expected);
  expect(itemsOf(received.map((r) => r.body)).sort()).toEqual([...items].sort());
  const times = received.map((r) => Date.parse(r.receivedAt));
  // The client starts request k 1,000 ms after request k − 4 reached the server at the latest
  // (its answer, or its start plus a margin while answers are steady): see bulk-run.ts.
  const busiest = Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length));
  expect(busiest).toBeLessThanOrEqual(4);
  const results = page.getByRole("table", { name: "Bulk results" });
  await expect(results.getByRole("row")).toHaveCount(21);
  await expect(results.getByRole("cell", { name: "429", exact: true })).toHaveCount(0);
  await expect(results.getByRole("cell", { name: "200", exact: true })).toHaveCount(20);
});

test("with the server answering every third request 503, every item is still acknowledged exactly once", async ({ page }) => {
  const { csv, items } = rows(300);
  await prepareRun(page, sandboxServers.bulkFailing, csv, 300, { itemsPerRequest: "10", perSecond: "20" });
  await page.getByRole("button", { name: "Send all" }).click();
  await expect(progressBar(page)).toHaveAttribute("aria-valuetext", "30 of 30 requests done, 300 items acknowledged", { timeout: 45_000 });

  const received = await posts(sandboxServers.bulkFailing);
  // The server refuses POSTs 3, 6, 9, …; the others were acknowledged.
  const acknowledged = received.filter((_, i) => (i + 1) % 3 !== 0);
  // 30 acknowledged among N posts of which every third failed: N − ⌊N/3⌋ = 30, so N is 44 or 45.
  expect(received.length - Math.floor(received.length / 3)).toBe(30);
  expect(itemsOf(acknowledged.map((r) => r.body)).sort()).toEqual([...items].sort());
  await page.getByLabel("Only failures").check();
  await expect(page.getByRole("table", { name: "Bulk results" }).getByRole("row")).toHaveCount(1);
});

test("a reload mid-run offers to resume, and the resumed run sends no request twice", async ({ page }) => {
  const { csv, items } = rows(400);
  await prepareRun(page, sandboxServers.bulk, csv, 400, { itemsPerRequest: "20" });
  await page.getByRole("button", { name: "Send all" }).click();
  await expect(progressBar(page)).toHaveAttribute("aria-valuenow", /^([4-9]|1\d)$/, { timeout: 20_000 });

  await page.reload();
  await expect(bodyEditor(page)).toBeAttached({ timeout: 60_000 });
  await expect(page.getByText("A bulk run was interrupted: open the Bulk view to resume it.")).toBeVisible();
  await page.getByRole("tab", { name: "Bulk" }).click();
  await page.getByRole("button", { name: "Resume run" }).click();
  await expect(progressBar(page)).toHaveAttribute("aria-valuenow", "20", { timeout: 30_000 });

  const bodies = (await posts(sandboxServers.bulk)).map((r) => r.body);
  expect(new Set(bodies).size).toBe(bodies.length);
  const sentItems = itemsOf(bodies);
  expect(new Set(sentItems).size).toBe(sentItems.length);
  const unknown = await page.getByRole("table", { name: "Bulk results" }).locator('tr[data-outcome="unknown"]').count();
  // A request cut off by the reload is "unknown"; every other was received exactly once.
  expect(sentItems.length).toBeGreaterThanOrEqual(items.length - unknown * 20);
  expect(unknown).toBeLessThanOrEqual(4);
});

test("Pause holds the run, Resume finishes it with each request sent once, and the report lists every request", async ({ page }) => {
  const { csv, items } = rows(200);
  await prepareRun(page, sandboxServers.bulk, csv, 200, { itemsPerRequest: "20", perSecond: "2" });
  await page.getByRole("button", { name: "Send all" }).click();
  await expect(progressBar(page)).toHaveAttribute("aria-valuenow", /^[1-9]$/, { timeout: 20_000 });
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByTestId("bulk-progress-text")).toContainText("paused");
  // Paused and settled: what the page counts as done is what the server received, short of all ten.
  await expect(page.getByRole("button", { name: "Resume", exact: true })).toBeEnabled();
  await expect.poll(async () => (await posts(sandboxServers.bulk)).length).toBe(Number(await progressBar(page).getAttribute("aria-valuenow")));
  const whilePaused = (await posts(sandboxServers.bulk)).length;
  expect(whilePaused).toBeLessThan(10);

  await page.getByRole("button", { name: "Resume", exact: true }).click();
  await expect(progressBar(page)).toHaveAttribute("aria-valuetext", "10 of 10 requests done, 200 items acknowledged", { timeout: 30_000 });
  const bodies = (await posts(sandboxServers.bulk)).map((r) => r.body);
  expect(bodies).toHaveLength(10);
  expect(itemsOf(bodies).sort()).toEqual([...items].sort());

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download report", exact: true }).click()]);
  expect(download.suggestedFilename()).toBe("sync_data-bulk-report.csv");
  const lines = readFileSync(await download.path(), "utf8").split("\r\n").filter((line) => line !== "");
  expect(lines[0]).toBe("request,items,itemsSent,outcome,httpStatus,meaning,successCount,countDiffers,traceId,timeMs,retries,finishedAt");
  expect(lines).toHaveLength(11);
  for (const line of lines.slice(1)) expect(line.split(",")[4]).toBe("200");
});
