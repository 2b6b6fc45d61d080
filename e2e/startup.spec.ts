import type { Page, Route } from "@playwright/test";
import { documentedExampleText } from "../src/endpoint/example";
import { encodePermalink } from "../src/core/permalink/permalink";
import { problemsSummary } from "../src/core/validation/problem";
import { validateBody } from "../src/core/validation/validate-body";
import { defaultTargetSettings } from "../src/core/request/target";
import { bodyEditor, editorText, expect, openApp, setBody, test } from "./fixtures";
import { standInLabel } from "../src/ui/stand-in";
import { validBody } from "./bodies";

/** Holds back Monaco's chunk until released: what a slow network or a slow CPU does to it. */
async function holdMonaco(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/monaco-[^/]*\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Holds back the app's main chunk (the shell's own small chunk still runs): a slow first load. */
async function holdApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The body as a plain textarea while the editor is not there (the shell's, then the app's). */
const plainBody = (page: Page) => page.getByRole("textbox", { name: standInLabel });

test("the body text is painted before Monaco has loaded, and the editor takes over", async ({ page }) => {
  const release = await holdMonaco(page);
  await page.goto("/");
  await expect(plainBody(page)).toBeVisible();
  await expect(plainBody(page)).toHaveValue(/"name": "FackbookOrderConversionRate"/);
  // The app itself runs meanwhile: the Problems count does not wait for the editor.
  await expect(page.getByTestId("problems-count")).not.toHaveText("Checking…");
  await expect(bodyEditor(page)).toHaveCount(0);
  release();
  await expect(bodyEditor(page)).toBeAttached();
  await expect(plainBody(page)).toHaveCount(0);
  await expect(page.locator(".view-lines")).toContainText("marketing_activity_datas");
});

test("the page's first paint shows the body before any script has run", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Sync Data Playground", includeHidden: true })).toBeAttached();
  await expect(plainBody(page)).toHaveValue(documentedExampleText);
  // The first-screen line: what this sends, and how to start, on the first screen (the output side).
  await expect(page.getByTestId("first-steps")).toBeInViewport();
  await expect(page.getByTestId("first-steps")).toContainText("Bulk sync marketing event statistics");
  await expect(page.getByTestId("first-steps")).toContainText("write_marketing_event");
  await expect(page.getByTestId("first-steps")).toContainText("Send");
  await context.close();
});

test.describe("on a dark system", () => {
  test.use({ colorScheme: "dark" });

test("the shell paints the first-screen line for a first visit only, and in the system's dark colours", async ({ page }) => {
  let release = await holdApp(page);
  // The held chunk holds back the load event too: wait for the response only.
  await page.goto("/", { waitUntil: "commit" });
  await expect(plainBody(page)).toBeVisible();
  await expect(page.getByTestId("first-steps")).toBeVisible();
  await expect(page.locator("body")).toHaveCSS("background-color", "rgb(13, 17, 23)");
  release();
  await expect(bodyEditor(page)).toBeAttached();
  await setBody(page, documentedExampleText.replace('"FackbookOrderConversionRate"', '"FackbookConvRate"'));
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200/);
  await page.unrouteAll();
  release = await holdApp(page);
  await page.reload({ waitUntil: "commit" });
  await expect(plainBody(page)).toBeVisible();
  await expect(page.getByTestId("first-steps")).toHaveCount(0);
  release();
  await expect(bodyEditor(page)).toBeAttached();
  await expect(page.getByTestId("first-steps")).toHaveCount(0);
});
});

test("a permalink's body and a stored draft's are the ones painted before Monaco has loaded", async ({ page }) => {
  const release = await holdMonaco(page);
  const linked = '{\n  "marketing_activity_datas": [\n    { "marketing_event_id": "MA_linked" }\n  ]\n}';
  await page.goto(`/#${encodePermalink({ bodyText: linked, target: defaultTargetSettings })}`);
  await expect(plainBody(page)).toHaveValue(/"MA_linked"/);
  release();
  await openApp(page);
  // The opened link is now the draft: a reload paints it, before Monaco again.
  await page.unrouteAll();
  const releaseAgain = await holdMonaco(page);
  await page.reload();
  await expect(plainBody(page)).toHaveValue(/"MA_linked"/);
  releaseAgain();
  await expect(bodyEditor(page)).toBeAttached();
});

test("while the app is still loading, the shell shows the Problems count of the body it shows (here a permalink's)", async ({ page }) => {
  const linked = '{\n  "marketing_activity_datas": [\n    { "marketing_event_id": "MA_linked" }\n  ]\n}';
  const expected = problemsSummary(validateBody(linked));
  expect(expected).not.toBe(problemsSummary(validateBody(documentedExampleText)));
  const release = await holdApp(page);
  await page.goto(`/#${encodePermalink({ bodyText: linked, target: defaultTargetSettings })}`, { waitUntil: "commit" });
  await expect(page.getByTestId("problems-count")).toHaveText(expected);
  await expect(page.locator(".app.shell")).toBeAttached();
  release();
  await expect(bodyEditor(page)).toBeAttached();
  await expect(page.locator(".app.shell")).toHaveCount(0);
  await expect(page.getByTestId("problems-count")).toHaveText(expected);
});

test("before Monaco has loaded the body can be edited as plain text: it is checked, and the editor takes over the text, the caret and the focus", async ({ page }) => {
  const release = await holdMonaco(page);
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Send", exact: true })).toBeVisible(); // the app has rendered
  await plainBody(page).focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(validBody);
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");
  await expect(bodyEditor(page)).toHaveCount(0);
  release();
  await expect(bodyEditor(page)).toBeFocused();
  await expect(plainBody(page)).toHaveCount(0);
  // The caret is where it was (the end): typing goes on there.
  await page.keyboard.type(" ");
  expect(await editorText(page)).toBe(`${validBody} `);
});

test("what is typed into the shell's body before the app has loaded carries over to the app and the editor", async ({ page }) => {
  const release = await holdApp(page);
  await page.goto("/", { waitUntil: "commit" });
  await plainBody(page).focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(validBody);
  await expect(page.locator(".app.shell")).toBeAttached();
  // The shell's count described the text before the edit: it says the check is pending.
  await expect(page.getByTestId("problems-count")).toHaveText("Checking…");
  release();
  await expect(page.locator(".app.shell")).toHaveCount(0);
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");
  await expect(bodyEditor(page)).toBeFocused();
  expect(await editorText(page)).toBe(validBody);
});

/** The icon font's loading state: "unloaded" until something on the page draws an icon with it. */
const iconFontStatus = (page: Page) =>
  page.evaluate(() => {
    void document.body.offsetHeight; // styles and layout are current: any glyph in use has asked for its font
    return [...document.fonts].find((font) => font.family.replace(/"/g, "") === "codicon")?.status;
  });

test("a first visit loads Monaco's JSON worker and icon font only when first needed, and hover and folding still work", async ({ page }) => {
  const jsonWorkers: string[] = [];
  page.on("worker", (worker) => {
    if (worker.url().includes("json.worker")) jsonWorkers.push(worker.url());
  });
  await openApp(page);
  // The fold controls are in (drawn once the folding ranges are known), yet nothing asked the JSON worker.
  const foldControls = page.locator(".margin-view-overlays .codicon-folding-expanded");
  await expect(foldControls.first()).toBeAttached();
  expect(jsonWorkers).toEqual([]);
  expect(await iconFontStatus(page)).toBe("unloaded");

  // Pointing at the gutter shows the fold controls: the font loads, and folding works.
  await foldControls.nth(1).hover();
  await expect.poll(() => iconFontStatus(page)).toBe("loaded");
  await foldControls.nth(1).click();
  await expect(page.locator(".margin-view-overlays .codicon-folding-collapsed")).toHaveCount(1);
  await expect(page.locator(".view-lines")).not.toContainText("order_num");
  await page.locator(".margin-view-overlays .codicon-folding-collapsed").click();

  // The first hover starts the JSON worker, which answers with the field's documentation.
  await page.locator(".view-line span span", { hasText: /^"order_num"$/ }).hover();
  await expect(page.getByRole("tooltip")).toContainText("long (64-bit integer)");
  expect(jsonWorkers).toHaveLength(1);
});

test("the validation worker starts before the app's main chunk has loaded, and the app then uses it", async ({ page }) => {
  const release = await holdApp(page);
  const validationWorkers: string[] = [];
  page.on("worker", (worker) => {
    if (worker.url().includes("validation-worker")) validationWorkers.push(worker.url());
  });
  const started = page.waitForEvent("worker", (worker) => worker.url().includes("validation-worker"));
  await page.goto("/", { waitUntil: "commit" }); // "load" would wait for the held chunk
  await started;
  await expect(page.getByRole("button", { name: "Send", exact: true })).toHaveCount(0); // the app has not rendered yet
  release();
  await expect(page.getByTestId("problems-count")).toHaveText("1 error");
  expect(validationWorkers).toHaveLength(1);
});

test("the shell sends the opening body to the validation worker before the app has loaded, shows its count, and the app adopts that check", async ({ page }) => {
  // What the page posts to the validation worker (Monaco's own workers speak another protocol).
  await page.addInitScript(() => {
    const posted: { kind: string; version: number }[] = [];
    (window as unknown as { __validationPosts: typeof posted }).__validationPosts = posted;
    const postMessage = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, options?: StructuredSerializeOptions) {
      const m = message as { kind?: unknown; version?: unknown } | null;
      if (m && (m.kind === "text" || m.kind === "edits")) posted.push({ kind: m.kind, version: Number(m.version) });
      return postMessage.call(this, message, options);
    } as typeof postMessage;
  });
  const posts = () => page.evaluate(() => (window as unknown as { __validationPosts: unknown[] }).__validationPosts);
  const release = await holdApp(page);
  await page.goto("/", { waitUntil: "commit" });
  await expect.poll(posts).toEqual([{ kind: "text", version: 0 }]);
  // The shell shows the worker's count while the app is still held back (nothing of it has rendered).
  await expect(page.getByTestId("problems-count")).toHaveText("1 error");
  await expect(page.locator(".app.shell")).toBeAttached();
  await expect(page.getByRole("button", { name: "Send", exact: true })).toHaveCount(0);
  release();
  await expect(page.locator(".app.shell")).toHaveCount(0);
  await expect(page.getByTestId("problems-count")).toHaveText("1 error");
  // The same body is not sent again; the editor's edits follow on from it.
  await expect(bodyEditor(page)).toBeAttached();
  expect(await posts()).toEqual([{ kind: "text", version: 0 }]);
  await setBody(page, validBody);
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");
  expect((await posts()).length).toBeGreaterThan(1);
});

test("the app renders after the shell has shown the opening body's Problems count (the worker's thread is not held back by the first render)", async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __shellCounts: string[] }).__shellCounts = seen;
    new MutationObserver(() => {
      const count = document.querySelector(".app.shell [data-testid='problems-count']")?.textContent?.trim();
      if (count && count !== "Checking…" && !seen.includes(count)) seen.push(count);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await openApp(page);
  await expect(page.locator(".app.shell")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __shellCounts: string[] }).__shellCounts)).toEqual(["1 error"]);
});

test("on a slow CPU the first Problems are shown before Monaco's editor starts (its evaluation holds the main thread)", async ({ page }) => {
  await page.addInitScript(() => {
    const order: string[] = [];
    (window as unknown as { __startOrder: string[] }).__startOrder = order;
    new MutationObserver(() => {
      const count = document.querySelector("[data-testid='problems-count']")?.textContent?.trim();
      if (!order.includes("problems") && count && count !== "Checking…") order.push("problems");
      if (!order.includes("editor") && document.querySelector(".monaco-editor")) order.push("editor");
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto("/");
  await expect(page.locator(".view-lines")).toContainText("marketing_activity_datas", { timeout: 30_000 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  expect(await page.evaluate(() => (window as unknown as { __startOrder: string[] }).__startOrder)).toEqual(["problems", "editor"]);
});

test("the Reference and Keyboard shortcuts dialogs build their content when first opened, not in the first render", async ({ page }) => {
  await openApp(page);
  // Closed dialogs are out of the accessibility tree either way: their content is checked in the DOM.
  await expect(page.locator("dialog.reference-dialog .reference-facts")).toHaveCount(0);
  await expect(page.locator("dialog.shortcuts-dialog .shortcuts-table")).toHaveCount(0);
  await page.getByRole("button", { name: "Reference" }).click();
  const reference = page.getByRole("dialog", { name: /reference$/ });
  await expect(reference.getByRole("table").first()).toBeVisible();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" }).getByRole("table")).toBeVisible();
});

test("Bulk, Import curl's dialog and the in-page Sandbox load when first used, not with the first screen", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  const loaded = (chunk: RegExp) => scripts.some((path) => chunk.test(path));
  await openApp(page);
  await expect(page.getByRole("button", { name: "Import curl" })).toBeVisible();
  expect([loaded(/\/BulkPanel-/), loaded(/\/ImportCurlDialog-/), loaded(/\/handle-sandbox-request-/)]).toEqual([false, false, false]);

  await page.getByRole("tab", { name: "Bulk" }).click();
  await expect(page.getByRole("button", { name: "Import rows" })).toBeVisible();
  expect(loaded(/\/BulkPanel-/)).toBe(true);

  await page.getByRole("button", { name: "Import curl" }).click();
  await expect(page.getByRole("dialog", { name: "Import curl" })).toBeVisible();
  expect(loaded(/\/ImportCurlDialog-/)).toBe(true);
  await page.getByRole("dialog", { name: "Import curl" }).getByRole("button", { name: "Close" }).click();
  // Closed, focus back on its opener; a second opening shows the same dialog again.
  await expect(page.getByRole("button", { name: "Import curl" })).toBeFocused();
  await page.getByRole("button", { name: "Import curl" }).click();
  await expect(page.getByRole("dialog", { name: "Import curl" })).toBeVisible();
  await page.keyboard.press("Escape");

  await page.getByRole("tab", { name: "JSON" }).click();
  await setBody(page, validBody);
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("response-status")).toHaveText(/^200 OK/);
  expect(loaded(/\/handle-sandbox-request-/)).toBe(true);
});
