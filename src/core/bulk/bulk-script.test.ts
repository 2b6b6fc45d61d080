/**
 * The bulk script run by a real bash and curl against the real sandbox server: the bytes it
 * delivers are exactly the batches' bodies, it retries a 503, and it stops on a 422.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandboxServer, type SandboxServer } from "../../../scripts/sandbox-server";
import { buildRequest } from "../request/build-request";
import { indexItems } from "../body/items-index";
import { findProgram, runShellScript } from "../snippets/testing/run-program";
import { splitIntoBatches } from "./batches";
import { bulkScript } from "./bulk-script";

const bash = findProgram("bash");
const curl = findProgram("curl");

const items = Array.from({ length: 7 }, (_, i) => `{"marketing_event_id":"MA_${i}'\\"$x\`",\n "order_num": 922337203685477580${i}}`);
const body = `{"marketing_activity_datas":[\n${items.join(",\n")}\n]}`;
const batches = splitIntoBatches(body, indexItems(body) ?? [], 3);

function script(server: SandboxServer, extra: Partial<Parameters<typeof bulkScript>[0]> = {}) {
  const built = buildRequest({ target: { kind: "custom", storeHandle: "", baseUrl: `${server.url}/admin/openapi/v20260301` }, token: "literal-not-used", bodyText: "" });
  if (!built.ok) throw new Error(built.error);
  return bulkScript({ request: built.request, batches, perSecond: 50, maxRetries: 3, ...extra });
}

describe("bulkScript", () => {
  it("reads the token from the environment only", () => {
    const text = bulkScript({ request: { method: "POST", url: "https://x.myshopline.com/p", headers: [["Authorization", "Bearer secret"]], body: "", hasToken: true }, batches, perSecond: 4, maxRetries: 3 });
    expect(text).not.toContain("secret");
    expect(text).toContain('"Authorization: Bearer $SHOPLINE_ACCESS_TOKEN"');
    expect(text).toContain("sleep 0.263");
  });
});

describe.skipIf(!bash || !curl)("bulk script run by bash against the sandbox server", () => {
  let server: SandboxServer;
  let failing: SandboxServer;
  beforeAll(async () => {
    server = await startSandboxServer({ port: 0 });
    failing = await startSandboxServer({ port: 0, failEvery: 2 });
  });
  afterAll(() => Promise.all([server.close(), failing.close()]));

  async function received(from = server) {
    return (await (await fetch(`${from.url}/__sandbox/requests`)).json()) as { body: string; bodyBytes: number }[];
  }

  it("delivers every batch byte for byte, in order, and prints status and traceId", async () => {
    await fetch(`${server.url}/__sandbox/requests`, { method: "DELETE" });
    const result = await runShellScript(bash ?? "", script(server), { SHOPLINE_ACCESS_TOKEN: "t" });
    expect(result.code, result.stderr).toBe(0);
    expect((await received()).map((r) => r.body)).toEqual(batches.map((b) => b.body));
    expect(result.stdout).toMatch(/^request 1\/3 \(items 1–3\): status 200 traceId [0-9a-f-]{8,}$/m);
    expect(result.stdout).toContain("all 3 requests acknowledged");
  });

  it("retries a 503 and still delivers each batch once acknowledged", async () => {
    const result = await runShellScript(bash ?? "", script(failing), { SHOPLINE_ACCESS_TOKEN: "t" });
    expect(result.code, result.stderr).toBe(0);
    // Posts 2 and 4 are refused: batches 2 and 3 are each sent twice.
    expect(result.stdout.match(/status 503/g)).toHaveLength(2);
    expect(result.stdout.match(/status 200/g)).toHaveLength(3);
    const bodies = (await received(failing)).map((r) => r.body);
    expect([...new Set(bodies)]).toEqual(batches.map((b) => b.body));
  });

  it("stops at a request refused for good", async () => {
    const result = await runShellScript(bash ?? "", script(server), { SHOPLINE_ACCESS_TOKEN: "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.x" });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^request 1\/3 \(items 1–3\): status 401/m);
    expect(result.stdout).not.toContain("request 2/3");
  });
});
