import type { Page } from "@playwright/test";
import { makeManyItemsBody } from "../../../src/testing/many-items";
import { buildRequest } from "../../../src/core/request/build-request";
import { defaultBasePath } from "../../../src/core/request/target";
import { validateBody } from "../../../src/core/validation/validate-body";
import { requestLogPath, startSandboxServer, type SandboxServer } from "../../../scripts/sandbox-server";
import { repeat, startPage, type BenchContext } from "../bench-context";
import { pasteBody, quiet } from "../editor-actions";
import { figureSpecs, measured, notYet, type FigureResult } from "../figures";
import type { PageId } from "../pages";
import { summarize } from "../stats";

interface LoggedPost {
  readonly method: string;
  readonly receivedAt: string;
  readonly bodyBytes: number;
}

/**
 * Click `Send` → the request's body fully received by the sandbox server (its own log's
 * `receivedAt`; same machine, same clock as the click event's time), cross-origin with a real
 * preflight, in a fresh context per run (so the preflight is never cached): 1 item (the
 * documented example the app opens on) and 1,000 items. The floor, measured in the same runs:
 * the textarea page with a button whose click calls `fetch()` with the same request, nothing
 * else — what the browser, the preflight and the server take anyway.
 */
export async function measureSend(ctx: BenchContext): Promise<FigureResult[]> {
  const probe = await startPage(ctx, ctx.pages.app);
  const hasSend = (await probe.page.getByRole("button", { name: "Send", exact: true }).count()) > 0;
  await probe.close();
  if (!hasSend) return [notYet(figureSpecs.send1, "no Send button"), notYet(figureSpecs.send1000, "no Send button")];

  const sandbox = await startSandboxServer({ port: 0 });
  const one = validBody(1);
  const many = validBody(1000);
  try {
    const samples = await repeat(ctx, ["app", "textarea"], async (target) => {
      const started = await startPage(ctx, target);
      try {
        const { page } = started;
        await fetch(sandbox.url + requestLogPath, { method: "DELETE" });
        if (target.id === "app") await targetSandbox(page, sandbox);
        await putBody(page, target.id, one, sandbox);
        const oneMs = await timeSend(page, sandbox, 1);
        await putBody(page, target.id, many, sandbox);
        const manyMs = await timeSend(page, sandbox, 2);
        return { one: oneMs, many: manyMs };
      } finally {
        await started.close();
      }
    });
    const of = (id: "app" | "textarea", pick: (s: { one: number; many: number }) => number) => summarize(samples[id].map(pick));
    const note = "click (pressed 50 ms, as a hand does) → body received; includes the CORS preflight";
    return [
      measured(figureSpecs.send1, { app: of("app", (s) => s.one), reference: of("textarea", (s) => s.one), note }),
      measured(figureSpecs.send1000, { app: of("app", (s) => s.many), reference: of("textarea", (s) => s.many), note }),
    ];
  } finally {
    await sandbox.close();
  }
}

/**
 * Puts `body` in the page: the app's editor (a paste), or the floor page's textarea with a plain
 * `fetch()` button sending exactly the request the app would (buildRequest, same headers).
 */
async function putBody(page: Page, id: PageId, body: string, sandbox: SandboxServer): Promise<void> {
  if (id === "app") {
    await pasteBody(page, "app", body, { sameCount: body.length > 100_000 });
    await quiet(page, 300);
    return;
  }
  const built = buildRequest({ target: { kind: "custom", storeHandle: "", baseUrl: sandbox.url + defaultBasePath() }, token: benchToken, bodyText: body });
  if (!built.ok) throw new Error(built.error);
  const { url, headers } = built.request;
  await page.evaluate(
    ({ url, headers, body }) => {
      const textarea = document.querySelector("textarea");
      if (!textarea) throw new Error("no textarea");
      textarea.value = body;
      let button = document.querySelector<HTMLButtonElement>("button#bench-send");
      if (!button) {
        button = document.createElement("button");
        button.id = "bench-send";
        button.textContent = "Send";
        document.body.prepend(button);
      }
      button.onclick = () =>
        void fetch(url, { method: "POST", headers, body: textarea.value }).then((response) => {
          const status = document.createElement("output");
          status.dataset["testid"] = "response-status";
          status.textContent = String(response.status);
          document.body.append(status);
        });
    },
    { url, headers: headers.map(([name, value]) => [name, value] as [string, string]), body },
  );
  await quiet(page, 300);
}

/**
 * A body without errors, so Send does not stop to ask "send anyway?": the documented example's
 * one error is its 27-character custom name (at most 20), cut here to 20.
 */
function validBody(items: number): string {
  const body = makeManyItemsBody(items).replaceAll('"FackbookOrderConversionRate"', '"FackbookOrderConvers"');
  const { errors } = validateBody(body);
  if (errors > 0) throw new Error(`the send benchmark's ${items}-item body still has ${errors} errors`);
  return body;
}

/** Target "Custom base URL" pointing at the local sandbox server, with a token it accepts. */
export async function targetSandbox(page: Page, sandbox: SandboxServer): Promise<void> {
  const target = page.getByLabel("Target", { exact: true });
  if ((await target.evaluate((element) => element.tagName)) === "SELECT") {
    const value = await target.evaluate((element) => [...(element as HTMLSelectElement).options].find((o) => /custom/i.test(o.text))?.value);
    if (value === undefined) throw new Error('the Target list has no "Custom base URL" option');
    await target.selectOption(value);
  } else {
    await page.getByRole("radio", { name: /custom/i }).check();
  }
  await page.getByLabel("Base URL", { exact: true }).fill(sandbox.url + defaultBasePath());
  const token = page.getByLabel("Access token", { exact: true });
  if ((await token.count()) > 0) await token.fill(benchToken);
}

const benchToken = "benchmark-token";

/**
 * Clicks Send and waits for the `posts`-th POST in the sandbox's log; ms from the last click
 * event (if the app still asks "send anyway?", from the click that confirms).
 */
async function timeSend(page: Page, sandbox: SandboxServer, posts: number): Promise<number> {
  // A hand holds the button ~50 ms; Playwright's instant press would charge the focus change
  // of the press (the editor losing focus) to the click.
  await page.getByRole("button", { name: "Send", exact: true }).click({ delay: 50 });
  const confirm = page.getByRole("button", { name: "Send anyway" });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (await confirm.isVisible()) await confirm.click();
    const log = (await (await fetch(sandbox.url + requestLogPath)).json()) as LoggedPost[];
    const post = log.filter((entry) => entry.method === "POST")[posts - 1];
    if (post) {
      const clickedAt = await page.evaluate(() => window.__bench?.lastClickWallMs ?? Number.NaN);
      await page.getByTestId("response-status").last().waitFor({ state: "visible" });
      await quiet(page, 200);
      return Date.parse(post.receivedAt) - clickedAt;
    }
    if (Date.now() > deadline) throw new Error("the sandbox server received no POST after clicking Send");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
