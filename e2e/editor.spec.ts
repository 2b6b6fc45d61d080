import type { Page } from "@playwright/test";
import { bodyEditor, escapeRegExp, expect, openApp, setBody, test } from "./fixtures";
import { baseUrlOf, receivedRequests, sandboxServers } from "./sandbox-servers";
import { makeManyItemsBody } from "../src/testing/many-items";
import { formatJsonText } from "../src/core/json/format-json";

const exampleNamePath = "marketing_activity_datas[0].custom_activity_engagement_list[0].name";

async function useServer(page: Page) {
  await page.getByLabel("Target").selectOption("custom");
  await page.getByLabel("Base URL").fill(baseUrlOf(sandboxServers.cors));
  // A server target without a token asks first; these tests are about the body's bytes.
  await page.getByLabel("Access token").fill("editor-spec-token");
}

/** Sends with Ctrl+Enter and gives the bytes the sandbox server received for the body marked `marker`. */
async function sendAndReceive(page: Page, marker: string): Promise<string> {
  const matching = async () => (await receivedRequests(sandboxServers.cors)).filter((r) => r.method === "POST" && r.body.includes(marker));
  const before = (await matching()).length;
  await bodyEditor(page).focus();
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect.poll(async () => (await matching()).length).toBe(before + 1);
  return (await matching()).at(-1)?.body ?? "";
}

test("opens on the documented example, checked, with the one problem the page's own example has", async ({ page }) => {
  await openApp(page);
  await expect(page.locator(".view-lines")).toContainText('"marketing_activity_datas": [');
  // The page's example name "FackbookOrderConversionRate" is 27 characters; its documented maximum is 20.
  await expect(page.getByTestId("problems-count")).toHaveText("1 error");
  const problems = page.getByRole("region", { name: "Problems" });
  await expect(problems.getByRole("button")).toHaveText([new RegExp(`${escapeRegExp(exampleNamePath)}At most 20 characters`)]);
});

test("typing an invalid type shows an error at its path and a marker in the editor", async ({ page }) => {
  await openApp(page);
  await bodyEditor(page).focus();
  await page.keyboard.press("ControlOrMeta+F");
  await page.keyboard.type('"type": 3');
  await page.keyboard.press("Escape");
  // The match is selected: step to its end and replace the 3.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("4");
  const problems = page.getByRole("region", { name: "Problems" });
  await expect(page.getByTestId("problems-count")).toHaveText("2 errors");
  const typeProblem = problems.getByRole("button", { name: /custom_sale_data_list\[0\]\.type/ });
  await expect(typeProblem).toContainText("Must be one of 1 (amount), 2 (percent), 3 (numerical); found 4.");
  await expect(page.locator(".monaco-editor .squiggly-error")).toHaveCount(2);

  // Clicking the problem selects the value in the editor: typing replaces exactly it.
  await typeProblem.click();
  await page.keyboard.type("3");
  await expect(page.getByTestId("problems-count")).toHaveText("1 error");
});

test("clicking a string's problem selects its content, not its quotes: typing replaces the text", async ({ page }) => {
  await openApp(page);
  await page.getByRole("region", { name: "Problems" }).getByRole("button", { name: new RegExp(escapeRegExp(exampleNamePath)) }).click();
  await page.keyboard.type("FackbookRate");
  await expect(page.getByTestId("problems-count")).toHaveText("No problems");
  await expect(page.locator(".view-lines")).toContainText('"name": "FackbookRate"');
});

test("completion inside an item offers impression_num with its documentation", async ({ page }) => {
  await openApp(page);
  await setBody(page, '{\n  "marketing_activity_datas": [\n    {\n      \n    }\n  ]\n}');
  await expect(page.getByTestId("problems-count")).toHaveText("2 warnings");
  await page.locator(".view-line").nth(3).click();
  await page.keyboard.press("End");
  await page.keyboard.press("Control+Space");
  const option = page.getByRole("option", { name: /impression_num/ });
  await expect(option).toBeVisible();
  // Typing filters the list; Ctrl+Space again opens the focused suggestion's documentation.
  await page.keyboard.type("impression_n");
  // Monaco marks the focused suggestion with a class, not aria-selected.
  await expect(page.locator(".suggest-widget .monaco-list-row.focused")).toHaveAttribute("aria-label", /^impression_num/);
  await page.keyboard.press("Control+Space");
  await expect(page.locator(".suggest-details")).toContainText("Exposure number , refers to the number of displays");
  await expect(page.locator(".suggest-details")).toContainText("long (64-bit integer)");
});

test("Ctrl+Space where the schema allows nothing more offers no words from the text", async ({ page }) => {
  await openApp(page);
  // The documented example's item has every field: on a new line inside it, nothing is left to add.
  await bodyEditor(page).focus();
  await page.keyboard.press("ControlOrMeta+Home");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Control+Space");
  const suggestions = page.locator(".suggest-widget");
  await expect(suggestions).toContainText("No suggestions.");
  await expect(suggestions.getByRole("option")).toHaveCount(0);
  // Nothing was inserted: the body is still the example with its one documented problem.
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("problems-count")).toHaveText("1 error");
});

test("a JSON syntax error is reported with its line and column", async ({ page }) => {
  await openApp(page);
  await setBody(page, '{\n  "marketing_activity_datas": [\n    {"order_num": 1 "click_num": 2}\n  ]\n}');
  await expect(page.getByTestId("problems-count")).toHaveText("1 error");
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("Expected ',' or '}' after a property value, found \"\\\"\" at line 3, column 21.");
});

test("markers stay on their problem while earlier text grows, and F8 goes to it", async ({ page }) => {
  await openApp(page);
  // Five new lines after line 3 (`    {`), before the example's one problem: it only moves down.
  await bodyEditor(page).focus();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  for (let i = 0; i < 5; i++) await page.keyboard.press("Enter");
  await expect(page.getByTestId("problems-count")).toHaveText("1 error");
  const docs = page.getByRole("region", { name: "Field documentation" });
  // F8 jumps to the marker: on its problem, not five lines above it.
  await expect(async () => {
    await page.keyboard.press("Escape");
    await page.keyboard.press("ControlOrMeta+Home");
    await page.keyboard.press("F8");
    await expect(docs).toContainText(exampleNamePath, { timeout: 1000 });
  }).toPass();
  await expect(page.locator(".monaco-editor .squiggly-error")).toHaveCount(1);
});

test("after pasting Windows line breaks, edits are still checked against the editor's own text", async ({ page }) => {
  await openApp(page);
  const body = '{\r\n  "marketing_activity_datas": [\r\n    {\r\n      "order_num": "x",\r\n      "click_num": 1\r\n    }\r\n  ]\r\n}';
  await setBody(page, body);
  // The error is the string; the warnings are the item's missing marketing_event_id and occurred_on.
  await expect(page.getByTestId("problems-count")).toHaveText("1 error, 2 warnings");
  // Fix the string on line 4 by typing: the validator follows the edit, not a stale copy.
  await page.keyboard.press("ControlOrMeta+Home");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("7");
  await expect(page.getByTestId("problems-count")).toHaveText("2 warnings");
  const problems = page.getByRole("region", { name: "Problems" });
  await expect(problems).not.toContainText("order_num");
});

test.describe("no input stops Send", () => {
  test("70,000 items that each carry warnings are all counted, and Send sends them (the check used to throw a RangeError)", async ({ page }) => {
    await openApp(page);
    const items = Array.from({ length: 70_000 }, () => "{}").join(",");
    await setBody(page, `{"marketing_activity_datas":[${items}]}`);
    await expect(page.getByTestId("problems-count")).toHaveText("140000 warnings", { timeout: 30_000 });
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByTestId("response-status")).toHaveText(/^200 OK/, { timeout: 30_000 });
  });

  test("a body on one line of 80,000 characters: the editor says why its JSON help is off, and Format body lays it out with every literal kept", async ({ page }) => {
    await openApp(page);
    const marker = `MA_one_line_${Date.now()}`;
    const oneLine = makeManyItemsBody(90).replace(/\n\s*/g, "").replaceAll("FackbookOrderConversionRate", "OrderRate").replace('"MA_12323312324"', `"${marker}"`);
    expect(oneLine.length).toBeGreaterThan(80_000);
    await setBody(page, oneLine);
    const notice = page.getByTestId("notice").filter({ hasText: "This body has a line longer than 20,000 characters" });
    await expect(notice).toContainText("its JSON help (colours, completion, hover, folding, bracket matching) is off while it has one");
    await notice.getByRole("button", { name: "Format body" }).click();
    await expect(notice).toHaveCount(0);
    await useServer(page);
    expect(await sendAndReceive(page, marker)).toBe(formatJsonText(oneLine));
    // Only whitespace changed: Ctrl+Z brings the one line back, and with it the notice.
    await bodyEditor(page).focus();
    await page.keyboard.press("ControlOrMeta+Z");
    await expect(notice).toHaveCount(1);
    expect(await sendAndReceive(page, marker)).toBe(oneLine);
  });
});

test.describe("line breaks are sent as they were pasted", () => {
  /** A valid body whose breaks are `breaks[i]` in turn, marked to find it in the server's log. */
  const bodyWith = (marker: string, breaks: readonly string[]): string => {
    const lines = ["{", '  "marketing_activity_datas": [', `    {"marketing_event_id": "${marker}", "occurred_on": 1672246800000}`, "  ]", "}"];
    return lines.map((line, i) => line + (i < lines.length - 1 ? (breaks[i % breaks.length] ?? "\n") : "")).join("");
  };
  const markerOf = (name: string) => `MA_${name}_${Date.now()}_${Math.random().toString(36).slice(2)}`;


  test("a CRLF body is sent as CRLF; the next LF paste is sent as LF, even after a reload (the first body's break stuck)", async ({ page }) => {
    await openApp(page);
    await useServer(page);
    const first = markerOf("crlf");
    const crlfBody = bodyWith(first, ["\r\n"]);
    await setBody(page, crlfBody);
    await expect(page.getByTestId("problems-count")).toHaveText("No problems");
    expect(await sendAndReceive(page, first)).toBe(crlfBody);

    await openApp(page);
    const second = markerOf("lf");
    const lfBody = bodyWith(second, ["\n"]);
    await setBody(page, lfBody);
    await expect(page.getByTestId("problems-count")).toHaveText("No problems");
    expect(await sendAndReceive(page, second)).toBe(lfBody);
    await expect(page.getByTestId("notice")).toHaveCount(0);
  });

  test("mixed breaks and a lone CR: a notice says what they became before anything is sent, that is sent, and a typed space changes only itself", async ({ page }) => {
    await openApp(page);
    await useServer(page);
    const marker = markerOf("mixed");
    const mixed = bodyWith(marker, ["\r\n", "\n", "\r\n", "\r"]);
    const asCrlf = mixed.replace(/\r\n|\r|\n/g, "\r\n");
    await setBody(page, mixed);
    await expect(page.getByTestId("notice")).toHaveText(
      /This body mixes line breaks \(2 CRLF, 1 LF, 1 lone CR\)\. The editor holds one kind, so all are now CRLF: that is what will be sent, copied and shared\./,
    );
    await expect(page.getByTestId("problems-count")).toHaveText("No problems");
    expect(await sendAndReceive(page, marker)).toBe(asCrlf);

    await page.keyboard.press("ControlOrMeta+Home");
    await page.keyboard.type(" ");
    expect(await sendAndReceive(page, marker)).toBe(` ${asCrlf}`);

    // The next body is judged on its own: the notice about the previous one goes.
    const next = markerOf("lf");
    await setBody(page, bodyWith(next, ["\n"]));
    await expect(page.getByTestId("notice")).toHaveCount(0);
  });
});

test("a body nested 2,500 levels deep is checked and edited without errors: the editor's JSON service is kept away from it, and says so", async ({ page }) => {
  await openApp(page);
  const deep = `{"marketing_activity_datas":[${"[".repeat(2500)}${"]".repeat(2500)}]}`;
  await setBody(page, deep);
  await expect(page.getByTestId("notice")).toContainText("This body is nested more than 512 levels deep: the editor's JSON help (colours, completion, hover, folding) is off for it");
  await expect(page.getByTestId("problems-count")).toHaveText(/error/);
  // Edits that Monaco's JSON worker failed on, each time (the fixture fails on any console error).
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type(" 1");
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.type(" ");
  await expect(page.getByTestId("problems-count")).toHaveText(/error/);
  // A shallow body again: the JSON help is back and the notice goes.
  await setBody(page, '{"marketing_activity_datas":[]}');
  await expect(page.getByTestId("notice")).toHaveCount(0);
  // An empty list is "nothing to sync": a warning (the page marks nothing required).
  await expect(page.getByTestId("problems-count")).toHaveText("1 warning");
});
