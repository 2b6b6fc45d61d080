import type { Page } from "@playwright/test";
import { makeManyItemsBody } from "../../../src/core/sample/many-items";
import { defaultBasePath } from "../../../src/core/request/target";
import { validateBody } from "../../../src/core/validation/validate-body";
import { requestLogPath, startSandboxServer, type SandboxServer } from "../../../scripts/sandbox-server";
import { repeat, startPage, type BenchContext } from "../bench-context";
import { pasteBody, quiet } from "../editor-actions";
import { figureSpecs, measured, notYet, type FigureResult } from "../figures";
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
 * documented example the app opens on) and 1,000 items.
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
    const samples = await repeat(ctx, ["app"], async (target) => {
      const started = await startPage(ctx, target);
      try {
        const { page } = started;
        await targetSandbox(page, sandbox);
        await pasteBody(page, "app", one);
        await quiet(page, 300);
        const oneMs = await timeSend(page, sandbox, 1);
        await pasteBody(page, "app", many, { sameCount: true });
        await quiet(page, 300);
        const manyMs = await timeSend(page, sandbox, 2);
        return { one: oneMs, many: manyMs };
      } finally {
        await started.close();
      }
    });
    return [
      measured(figureSpecs.send1, { app: summarize(samples.app.map((s) => s.one)), note: "includes the CORS preflight" }),
      measured(figureSpecs.send1000, { app: summarize(samples.app.map((s) => s.many)) }),
    ];
  } finally {
    await sandbox.close();
  }
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
async function targetSandbox(page: Page, sandbox: SandboxServer): Promise<void> {
  await fetch(sandbox.url + requestLogPath, { method: "DELETE" });
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
  if ((await token.count()) > 0) await token.fill("benchmark-token");
}

/**
 * Clicks Send and waits for the `posts`-th POST in the sandbox's log; ms from the last click
 * event (if the app still asks "send anyway?", from the click that confirms).
 */
async function timeSend(page: Page, sandbox: SandboxServer, posts: number): Promise<number> {
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const confirm = page.getByRole("button", { name: "Send anyway" });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (await confirm.isVisible()) await confirm.click();
    const log = (await (await fetch(sandbox.url + requestLogPath)).json()) as LoggedPost[];
    const post = log.filter((entry) => entry.method === "POST")[posts - 1];
    if (post) {
      const clickedAt = await page.evaluate(() => window.__bench?.lastClickWallMs ?? Number.NaN);
      await page.getByTestId("response-status").waitFor({ state: "visible" });
      await quiet(page, 200);
      return Date.parse(post.receivedAt) - clickedAt;
    }
    if (Date.now() > deadline) throw new Error("the sandbox server received no POST after clicking Send");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
