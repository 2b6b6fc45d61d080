import { documentedExampleText } from "../src/endpoint/example";
import { expect, openApp, seriousViolations, setBody, test } from "./fixtures";
import { baseUrlOf, sandboxServers } from "./sandbox-servers";

for (const theme of ["light", "dark"] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test("start, with problems, and form open have no serious or critical axe violations", async ({ page }) => {
      // Three whole-page axe runs: on a busy machine they alone can take most of a minute.
      test.slow();
      await openApp(page);
      expect(await seriousViolations(page)).toEqual([]);
      await setBody(page, '{"marketing_activity_datas": [{"order_num": 1.5, "type": 9}]}');
      await expect(page.getByTestId("problems-count")).toHaveText(/error/);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole("tab", { name: "Form" }).click();
      await expect(page.getByRole("tabpanel", { name: "Form" })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("response shown has no serious or critical axe violations", async ({ page }) => {
      await openApp(page);
      await page.getByRole("button", { name: "Send" }).click();
      await page.getByRole("button", { name: "Send anyway" }).click();
      await expect(page.getByTestId("response-status")).toHaveText(/^422/);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("a successful send's answer has no serious or critical axe violations", async ({ page }) => {
      await openApp(page);
      await setBody(page, documentedExampleText.replace('"FackbookOrderConversionRate"', '"FackbookConvRate"'));
      await expect(page.getByTestId("problems-count")).toHaveText("No problems");
      await page.getByRole("button", { name: "Send", exact: true }).click();
      await expect(page.getByTestId("response-status")).toHaveText(/^200/);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test(`the theme chosen against a ${theme} system is the one painted, and passes axe`, async ({ page }) => {
      const other = theme === "light" ? "dark" : "light";
      await openApp(page);
      const toggle = page.getByRole("button", { name: /^Theme:/ });
      // system → light → dark
      await toggle.click();
      await expect(toggle).toHaveText("Theme: light");
      if (other === "dark") await toggle.click();
      await expect(toggle).toHaveText(`Theme: ${other}`);
      await expect(page.locator("html")).toHaveAttribute("data-theme", other);
      await expect(page.locator("body")).toHaveCSS("background-color", other === "dark" ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)");
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test.describe("error shown", () => {
  test.use({ allowedConsoleErrors: /has been blocked by CORS policy|^Failed to load resource: net::ERR_FAILED/ });

  test("a network error has no serious or critical axe violations", async ({ page }) => {
    await openApp(page);
    await page.getByLabel("Target").selectOption("custom");
    await page.getByLabel("Base URL").fill(baseUrlOf(sandboxServers.noCors));
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByRole("button", { name: "Send anyway" }).click();
    await expect(page.getByTestId("response-error")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test("the narrow layout keeps every function behind tabs", async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 800 });
  await openApp(page);
  await page.getByRole("tab", { name: "Response and curl" }).click();
  await expect(page.getByRole("region", { name: "Response" })).toBeVisible();
  await page.getByRole("tab", { name: "Body" }).click();
  await expect(page.getByRole("region", { name: "Problems" })).toBeVisible();
});

for (const [width, height] of [[1366, 768], [1280, 800]] as const) {
  test(`no page scroll on a ${width}×${height} laptop`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    const overflow = await page.evaluate(() => [document.documentElement.scrollHeight - innerHeight, document.documentElement.scrollWidth - innerWidth]);
    expect(overflow).toEqual([0, 0]);
  });
}

test("the theme toggle is remembered and Monaco follows it", async ({ page }) => {
  await openApp(page);
  const toggle = page.getByRole("button", { name: /^Theme:/ });
  await toggle.click();
  await expect(toggle).toHaveText("Theme: light");
  await toggle.click();
  await expect(toggle).toHaveText("Theme: dark");
  await expect(page.locator(".monaco-editor.vs-dark")).toBeAttached();
  await page.reload();
  await expect(page.getByRole("button", { name: "Theme: dark" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("the splitters resize the panes from the keyboard and remember it", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  const splitter = page.getByRole("separator", { name: "Resize the body and output panes" });
  await splitter.focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(splitter).toHaveAttribute("aria-valuenow", "40");
  const rows = page.getByRole("separator", { name: "Resize the editor and the problems" });
  await rows.focus();
  await page.keyboard.press("ArrowUp");
  await expect(rows).toHaveAttribute("aria-valuenow", "60");
  await page.reload();
  await expect(page.getByRole("separator", { name: "Resize the body and output panes" })).toHaveAttribute("aria-valuenow", "40");
  await expect(page.getByRole("separator", { name: "Resize the editor and the problems" })).toHaveAttribute("aria-valuenow", "60");
});
