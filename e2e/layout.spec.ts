import type { Page } from "@playwright/test";
import { validBody } from "./bodies";
import { bodyEditor, expect, openApp, setBody, test } from "./fixtures";

/** Sums the page's layout-shift entries (those not caused by input), from its first paint on. */
async function watchLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] }[]) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        w.__shifts.push(`${entry.value.toFixed(4)} ${(entry.sources ?? []).map((s) => (s.node as Element | null)?.className ?? s.node?.nodeName).join(", ")}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

async function layoutShift(page: Page): Promise<{ cls: number; shifts: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: w.__cls, shifts: w.__shifts };
  });
}

test("open, type, send, copy permalink and open the link move the page by at most 0.05 (CLS)", async ({ page, context }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await watchLayoutShift(page);
  await openApp(page);
  await setBody(page, validBody);
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200/);
  await page.getByRole("button", { name: "Copy permalink" }).click();
  await expect(page.getByTestId("permalink-status")).toContainText("Permalink copied");
  const first = await layoutShift(page);
  expect(first.cls, first.shifts.join("\n")).toBeLessThanOrEqual(0.05);

  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await context.newPage();
  await other.setViewportSize({ width: 1366, height: 768 });
  await watchLayoutShift(other);
  await openApp(other, link.slice(link.indexOf("/#")));
  await expect(other.getByTestId("problems-count")).toHaveText("No problems");
  const opened = await layoutShift(other);
  expect(opened.cls, opened.shifts.join("\n")).toBeLessThanOrEqual(0.05);
});

test("a notice does not move the workspace", async ({ page }) => {
  await openApp(page);
  const workspace = page.locator("main.workspace");
  const before = await workspace.boundingBox();
  await page.goto("/#v1.AAAA-not-really");
  await page.reload();
  await expect(page.getByTestId("notice")).toContainText("This link could not be opened");
  expect(await workspace.boundingBox()).toEqual(before);
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByTestId("notice")).toHaveCount(0);
});

const longEnvironmentName = "Production: the spring campaign store in Singapore";
const longStoreHandle = "a-very-long-store-handle-for-the-spring-campaign";

/** Creates an environment from the current target settings and selects it. */
async function newEnvironment(page: Page, name: string) {
  const manage = page.getByRole("button", { name: "Manage environments" });
  await manage.click();
  await page.getByRole("button", { name: "New environment" }).click();
  await page.getByLabel("Environment name").fill(name);
  await page.getByLabel("Environment name").press("Enter");
  await manage.click();
  await expect(page.getByLabel("Environment", { exact: true }).locator("option:checked")).toHaveText(name);
}

for (const width of [1280, 1920]) {
  test(`at ${width} px the target bar is one row and Send keeps its place across targets, tokens and environments`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page);
    const send = page.getByRole("button", { name: "Send", exact: true });
    const row = page.getByTestId("target-bar-row");
    const environment = page.getByLabel("Environment", { exact: true });
    const destination = page.getByTestId("send-destination");
    const boxes: { state: string; box: unknown }[] = [];
    const record = async (state: string) => {
      boxes.push({ state, box: await send.boundingBox() });
      const rowBox = (await row.boundingBox())!;
      const sendBox = (await send.boundingBox())!;
      // One row: no taller than a control plus a little padding, and nothing beyond the window.
      expect(rowBox.height, state).toBeLessThanOrEqual(sendBox.height + 8);
      expect(sendBox.x + sendBox.width, state).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), state).toBe(0);
      // The environment and the host it sends to, in that row, right before Send.
      const environmentBox = (await environment.boundingBox())!;
      const destinationBox = (await destination.boundingBox())!;
      expect(environmentBox.y + environmentBox.height, state).toBeLessThanOrEqual(rowBox.y + rowBox.height);
      expect(environmentBox.x + environmentBox.width, state).toBeLessThanOrEqual(destinationBox.x);
      expect(destinationBox.x + destinationBox.width, state).toBeLessThanOrEqual(sendBox.x);
      expect(sendBox.x - (destinationBox.x + destinationBox.width), state).toBeLessThanOrEqual(16);
    };
    const token = page.getByLabel("Access token");
    for (const kind of ["sandbox", "store", "custom"] as const) {
      await page.getByLabel("Target").selectOption(kind);
      if (kind === "custom") await page.getByLabel("Base URL").fill("http://127.0.0.1:9/only-an-unusual-path");
      await token.fill("");
      await record(`${kind}, no token`);
      await token.fill("a-long-token-value-that-fills-the-field-and-more");
      await page.getByRole("button", { name: "Show" }).click();
      await record(`${kind}, token shown`);
      await page.getByRole("button", { name: "Hide" }).click();
    }

    // Environments: a short one, and one with a long name and a long store handle, marked as production.
    await newEnvironment(page, "Dev");
    await expect(destination).toHaveText("→ 127.0.0.1:9");
    await record("environment Dev");
    await newEnvironment(page, longEnvironmentName);
    await page.getByLabel("Target").selectOption("store");
    await page.getByLabel("Store handle").fill(longStoreHandle);
    await page.getByRole("button", { name: "Manage environments" }).click();
    await page.getByLabel(/^Production/).check();
    await page.getByRole("button", { name: "Manage environments" }).click();
    await expect(environment.locator("option:checked")).toHaveText(`${longEnvironmentName} (production)`);
    // Cut short to keep the row, whole in their titles.
    await expect(environment).toHaveAttribute("title", `Environment: ${longEnvironmentName} (production)`);
    await expect(destination).toHaveText(`→ ${longStoreHandle}.myshopline.com`);
    await expect(destination).toHaveAttribute("title", new RegExp(`^Sends to ${longStoreHandle}\\.myshopline\\.com, in “${longEnvironmentName}”, marked as production$`));
    await record("long production environment");
    // The production question opens under the environment, over the page: Send stays put.
    await send.click();
    const question = page.getByRole("alertdialog", { name: "Send to production?" });
    await expect(question).toBeVisible();
    await record("asking before a send to production");
    await question.getByRole("button", { name: "Don't send" }).click();
    await expect(question).toBeHidden();
    await environment.selectOption({ label: "Dev" });
    await expect(destination).toHaveText("→ 127.0.0.1:9");
    await record("back to Dev");
    await environment.selectOption({ label: "No environment" });
    await record("no environment");

    const first = boxes[0]!.box;
    for (const { state, box } of boxes) expect(box, state).toEqual(first);
  });
}

test("the page tools are one group of icon buttons, each named and with its name as a tooltip", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  const tools = page.getByRole("group", { name: "Page tools" });
  const buttons = [
    [tools.getByRole("button", { name: "Copy permalink" }), /^Copy permalink/],
    [tools.getByRole("button", { name: "Reference" }), /^Reference/],
    [tools.getByRole("button", { name: "Keyboard shortcuts" }), /^Keyboard shortcuts/],
    [tools.getByRole("button", { name: /^Theme: / }), /^Theme: system/],
  ] as const;
  const rowBox = (await page.getByTestId("target-bar-row").boundingBox())!;
  for (const [button, tooltip] of buttons) {
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute("title", tooltip);
    const box = (await button.boundingBox())!;
    // Icons: small, and all on the bar's one row.
    expect(box.width).toBeLessThanOrEqual(32);
    expect(box.y + box.height).toBeLessThanOrEqual(rowBox.y + rowBox.height);
  }
  await expect(tools.getByRole("button", { name: "Copy permalink" })).toHaveAttribute("aria-keyshortcuts", "Control+S Meta+S");
});

test("the sandbox hint shows the command as code, not backticks", async ({ page }) => {
  await openApp(page);
  const hint = page.getByTestId("target-settings");
  await expect(hint.locator("code", { hasText: "npm run sandbox" })).toBeAttached();
  await expect(hint).not.toContainText("`");
  await expect(bodyEditor(page)).toBeAttached();
});

test.describe("on a 390×844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the header takes at most a quarter of the screen and the editor starts above the fold", async ({ page }) => {
    await openApp(page);
    const header = await page.getByRole("banner").boundingBox();
    expect(header!.height).toBeLessThanOrEqual(844 / 4);
    const editor = await page.locator(".editor-host").boundingBox();
    expect(editor!.y + 150).toBeLessThanOrEqual(844);
    // The settings fold behind More, and come back with it.
    await expect(page.getByLabel("API version")).toBeHidden();
    await page.getByRole("button", { name: "More" }).click();
    await expect(page.getByLabel("API version")).toBeVisible();
    await expect(page.getByRole("button", { name: "Reference" })).toBeVisible();
  });

  test("an answer arriving while the Body tab shows puts a badge on the output tab", async ({ page }) => {
    await openApp(page);
    await setBody(page, validBody);
    await expect(page.getByTestId("problems-count")).toHaveText("No problems");
    const outputTab = page.getByRole("tab", { name: /^Response and curl/ });
    await expect(page.getByTestId("new-answer-badge")).toHaveCount(0);
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect(outputTab).toHaveAccessibleName(/^Response and curl\W+new answer$/);
    await outputTab.click();
    await expect(page.getByTestId("response-status")).toHaveText(/^200/);
    await expect(page.getByTestId("new-answer-badge")).toHaveCount(0);
  });
});

test("the first screen names the endpoint and its scope and says how to start, until the first answer on this device", async ({ page }) => {
  await openApp(page);
  const firstSteps = page.getByTestId("first-steps");
  await expect(firstSteps).toContainText("Bulk sync marketing event statistics");
  await expect(firstSteps).toContainText("write_marketing_event");
  await expect(firstSteps).toContainText("Send");
  await setBody(page, validBody);
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200/);
  await expect(firstSteps).toHaveCount(0);
  // Remembered: the next visit opens without it, in the app and in the static shell before it.
  await page.reload();
  await expect(bodyEditor(page)).toBeAttached();
  await expect(page.getByRole("region", { name: "Response" })).toContainText("No answer yet");
  await expect(firstSteps).toHaveCount(0);
});
