import { afterEach, describe, expect, it, vi } from "vitest";
import { documentedExampleText } from "../endpoint/example";
import { sandboxDemoToken } from "../core/request/build-request";
import { makeManyItemsBody } from "../testing/many-items";
import { handleSandboxRequest, sandboxEndpointPath, type SandboxRun } from "./handle-sandbox-request";
import { invalidTokenMessage } from "./check-authorization";
import { createSandboxState } from "./sandbox-state";

/** The endpoint page's sample token: `exp` 1769927492 = 2026-02-01T06:31:32Z. */
const pageToken =
  "eyJhbGciOiJIUzUxMiJ9.eyJhcHBLZXkiOiJmMjM3OWQyMTYyOGMzM2QxMWRiMWZkYjY5N2EzZjdjMjZlNGMwYTA5Iiwic2VsbGVySWQiOiIyMDAwMjM0ODgwIiwic3RvcmVJZCI6IjE2NzIzNjk3Mjk2MDYiLCJ2ZXJzaW9uIjoiVjIiLCJkb21haW4iOiJodHRwczovL3NsLW9wZW4tc2cubXlzaG9wbGluZS5jb20iLCJ0aW1lc3RhbXAiOjE2NzUzMTk0OTI0MzksImlzcyI6Inlzb3VsIiwiZXhwIjoxNzY5OTI3NDkyfQ.UwQzomM2veGCUaOZ0paUxq5dpc7DXuhHYFvsQ_uIAKduzWcb_j2E4q_36El83sp145D4cKbpcE5KCeeIz-JNQw";

const origin = "http://127.0.0.1:8787";
const now = Date.UTC(2026, 2, 1);
/** The example with its one over-limit name (27 > 20 characters) shortened: a body the schema accepts. */
const validBody = documentedExampleText.replace('"FackbookOrderConversionRate"', '"FackbookConvRate"');

interface Send {
  readonly path?: string;
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

function makeRequest({ path = sandboxEndpointPath, method = "POST", headers, body = validBody }: Send = {}): Request {
  const base = { Authorization: `Bearer ${sandboxDemoToken}`, "Content-Type": "application/json; charset=utf-8", accept: "application/json" };
  return new Request(origin + path, { method, headers: { ...base, ...headers }, ...(method === "GET" || method === "HEAD" ? {} : { body }) });
}

/** No real waiting: these tests keep the clock still, so a queued request would never reach its slot. */
const noWait = { sleep: () => Promise.resolve() };

async function send(init: Send = {}, clockMs = now, state = createSandboxState(), run: SandboxRun = noWait) {
  const response = await handleSandboxRequest(makeRequest(init), state, () => clockMs, run);
  return { response, status: response.status, body: await response.text() };
}

const nameOver20 = "marketing_activity_datas[0].custom_activity_engagement_list[0].name";

const rulesOf = (response: Response): string[] => (response.headers.get("X-Sandbox-Rule") ?? "").split(", ");
const typeOfOrderNum = "marketing_activity_datas[0].order_num";
const every = ["trace-id", "answer-content-type"];

describe("handleSandboxRequest answers", () => {
  it.each<[string, Send, number, string | RegExp, string[]]>([
    ["the valid example", {}, 200, '{"sucess_count":1}', ["success-200", "any-token"]],
    ["a prefix before the versioned path", { path: `/proxy${sandboxEndpointPath}` }, 200, '{"sucess_count":1}', ["success-200", "any-token"]],
    ["a query string", { path: `${sandboxEndpointPath}?x=1` }, 200, '{"sucess_count":1}', ["success-200", "any-token"]],
    ["any other non-empty token", { headers: { Authorization: "Bearer abc" } }, 200, '{"sucess_count":1}', ["success-200", "any-token"]],
    ["a 64-bit long past 2^53", { body: validBody.replace("1001672246800000", "9007199254740993") }, 200, '{"sucess_count":1}', ["success-200", "any-token"]],
    ["a warning only (unknown field)", { body: validBody.replace('"order_num": 100', '"order_nmu": 100') }, 200, '{"sucess_count":1}', ["success-200", "any-token"]],
    ...(["v20250601", "v20260601", "v20270301"] as const).map((version): [string, Send, number, string, string[]] => [
      `documented version ${version}`, { path: sandboxEndpointPath.replace("v20260301", version) }, 200, '{"sucess_count":1}', ["success-200", "any-token"],
    ]),
    ["an undocumented version", { path: sandboxEndpointPath.replace("v20260301", "v20251201") }, 404, '{"errors":"Not Found"}', ["route-404"]],
    ["the root path", { path: "/" }, 404, '{"errors":"Not Found"}', ["route-404"]],
    ["a suffix after the path", { path: `${sandboxEndpointPath}/x` }, 404, '{"errors":"Not Found"}', ["route-404"]],
    ["GET", { method: "GET" }, 405, '{"errors":"Method Not Allowed"}', ["method-405"]],
    ["PUT", { method: "PUT" }, 405, '{"errors":"Method Not Allowed"}', ["method-405"]],
    ["no Authorization", { headers: { Authorization: "" } }, 401, JSON.stringify({ errors: invalidTokenMessage }), ["auth-401", "auth-401-body"]],
    ["a Basic token", { headers: { Authorization: "Basic dXNlcjpwYXNz" } }, 401, JSON.stringify({ errors: invalidTokenMessage }), ["auth-401", "auth-401-body"]],
    ["an empty Bearer", { headers: { Authorization: "Bearer " } }, 401, JSON.stringify({ errors: invalidTokenMessage }), ["auth-401", "auth-401-body"]],
    ["the page's expired token", { headers: { Authorization: `Bearer ${pageToken}` } }, 401, /^\{"errors":"The access token expired at 2026-02-01T06:31:32\.000Z \(expired 27 days ago\)/, ["auth-401", "auth-401-body"]],
    ["Accept: text/html", { headers: { accept: "text/html" } }, 406, '{"errors":"The Accept header (text/html) allows no JSON answer."}', ["accept-406"]],
    ["Accept: */*", { headers: { accept: "*/*" } }, 200, '{"sucess_count":1}', ["success-200", "any-token"]],
    ["text/plain", { headers: { "Content-Type": "text/plain;charset=UTF-8" } }, 400, /^\{"errors":"Content-Type must be application\/json; charset=utf-8, not text\/plain/, ["content-type-400"]],
    ["no Content-Type", { headers: { "Content-Type": "" } }, 400, /Content-Type header is missing/, ["content-type-400"]],
    ["a latin1 charset", { headers: { "Content-Type": "application/json; charset=latin1" } }, 400, /charset=latin1 is not supported/, ["charset-400"]],
    ["an empty body", { body: "" }, 400, '{"errors":"Invalid JSON: The body is empty: expected a JSON object."}', ["syntax-400"]],
    ["a syntax error", { body: '{"marketing_activity_datas": [}' }, 400, '{"errors":"Invalid JSON: Expected a value, found \\"}\\" at line 1, column 31."}', ["syntax-400"]],
    ["a script", { body: validBody.replace('"ua"', '"<script>alert(1)</script>"') }, 412, '{"errors":"The request body contains high-risk content (\\"<script\\") and was refused."}', ["high-risk-412"]],
    ["a script in a body that is not even JSON", { body: "<script>" }, 412, /high-risk content/, ["high-risk-412"]],
    ["the documented example, whose name is over 20 characters", { body: documentedExampleText }, 422, JSON.stringify({ errors: { [nameOver20]: ["At most 20 characters allowed; this has 27."] } }), ["schema-422"]],
    ["a long as a string", { body: validBody.replace('"order_num": 100', '"order_num": "100"') }, 400, /^\{"errors":\{"marketing_activity_datas\[0\]\.order_num":\["Expected a long .+, found the string \\"100\\"\."\]\}\}$/, ["type-400"]],
    ["a long as null", { body: validBody.replace('"order_num": 100', '"order_num": null') }, 400, /found null/, ["type-400"]],
    ["a fraction in a long", { body: validBody.replace('"order_num": 100', '"order_num": 1.5') }, 400, /whole number/, ["type-400"]],
    ["no list: nothing to sync", { body: "{}" }, 200, '{"sucess_count":0}', ["nothing-to-sync-200", "any-token"]],
    ["an empty list: nothing to sync", { body: '{"marketing_activity_datas": []}' }, 200, '{"sucess_count":0}', ["nothing-to-sync-200", "any-token"]],
    ["a list instead of an object", { body: "[]" }, 400, /^\{"errors":\{"\(body\)":\[".+"\]\}\}$/, ["type-400"]],
  ])("%s", async (_, init, status, body, rules) => {
    const answer = await send(init);
    expect(answer.status).toBe(status);
    if (typeof body === "string") expect(answer.body).toBe(body);
    else expect(answer.body).toMatch(body);
    expect(answer.response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(answer.response.headers.get("traceId")).toMatch(/^[0-9a-f]{32}$/);
    expect(answer.response.headers.get("Allow")).toBe(status === 405 ? "POST" : null);
    expect(rulesOf(answer.response)).toEqual([...rules, ...every]);
  });

  it("accepts the page's token before it expired", async () => {
    expect((await send({ headers: { Authorization: `Bearer ${pageToken}` } }, Date.UTC(2026, 0, 31))).status).toBe(200);
  });

  it("lists every schema error by path, several messages under one path", async () => {
    const body = validBody.replace('"FackbookConvRate"', '"' + "x".repeat(21) + '"').replace('"order_num": 100', '"order_num": 100.5');
    const bodyWithoutTypeError = body.replace('"order_num": 100.5', '"order_num": 100').replace('"click_num": 100', '"click_num": 100').replace('"regional_visit_list": [', '"regional_visit_list": [' + '{"name":"a","count":1},'.repeat(5));
    const answer = await send({ body: bodyWithoutTypeError });
    expect(answer.status).toBe(422);
    const errors = (JSON.parse(answer.body) as { errors: Record<string, string[]> }).errors;
    expect(Object.keys(errors).sort()).toEqual(["marketing_activity_datas[0].regional_visit_list", nameOver20].sort());
    expect(Object.values(errors).every((list) => list.length >= 1)).toBe(true);
  });

  it("answers a wrong type with 400 listing only the wrong-typed fields, before the other errors", async () => {
    const body = validBody.replace('"FackbookConvRate"', '"' + "x".repeat(21) + '"').replace('"order_num": 100', '"order_num": "100"');
    const answer = await send({ body });
    expect(answer.status).toBe(400);
    expect(Object.keys((JSON.parse(answer.body) as { errors: Record<string, string[]> }).errors)).toEqual([typeOfOrderNum]);
  });

  it("gives each answer its own trace id", async () => {
    const ids = new Set<string | null>();
    for (let i = 0; i < 20; i++) ids.add((await send()).response.headers.get("traceId"));
    expect(ids.size).toBe(20);
  });
});

describe("Sandbox behaviour (forced faults)", () => {
  it.each([402, 403, 423, 500, 503, 504])("forced %i answers SHOPLINE's errors shape with the documented meaning and a traceId", async (code) => {
    const answer = await send({}, now, createSandboxState(), { ...noWait, behaviour: { forceStatus: code } });
    expect(answer.status).toBe(code);
    const errors = (JSON.parse(answer.body) as { errors: unknown }).errors;
    expect(typeof errors).toBe("string");
    expect(answer.response.headers.get("traceId")).toMatch(/^[0-9a-f]{32}$/);
    expect(rulesOf(answer.response)).toEqual(["forced", ...every]);
  });

  it("503 says SHOPLINE's words", async () => {
    const answer = await send({}, now, createSandboxState(), { ...noWait, behaviour: { forceStatus: 503 } });
    expect(answer.body).toBe('{"errors":"Service unavailable"}');
  });

  it("a fail rate fails the drawn share with 503, and only that", async () => {
    const draws = [0.05, 0.5, 0.099, 0.1];
    const statuses: number[] = [];
    for (const draw of draws) {
      statuses.push((await send({}, now, createSandboxState(), { ...noWait, behaviour: { failRate: 0.1 }, random: () => draw })).status);
    }
    expect(statuses).toEqual([503, 200, 503, 200]);
  });

  it("a delay waits before answering", async () => {
    const waits: number[] = [];
    const answer = await send({}, now, createSandboxState(), { sleep: (ms) => (waits.push(ms), Promise.resolve()), behaviour: { delayMs: 5000 } });
    expect([answer.status, waits]).toEqual([200, [5000]]);
  });

  it("a wrong path is still 404 when a status is forced", async () => {
    expect((await send({ path: "/nope" }, now, createSandboxState(), { ...noWait, behaviour: { forceStatus: 503 } })).status).toBe(404);
  });
});

describe("flow control", () => {
  afterEach(() => void vi.useRealTimers());

  it("41 requests at once: 40 are answered over ~10 s at 4/s in arrival order, 1 gets 429 at once", async () => {
    vi.useFakeTimers({ now, toFake: ["setTimeout", "clearTimeout", "Date"] });
    const state = createSandboxState();
    const answered: { index: number; status: number; atMs: number; rules: string[] }[] = [];
    const all = Array.from({ length: 41 }, (_, index) =>
      handleSandboxRequest(makeRequest(), state, Date.now).then((response) => {
        answered.push({ index, status: response.status, atMs: Date.now() - now, rules: rulesOf(response) });
      }),
    );
    await vi.advanceTimersByTimeAsync(0);
    // The 429 needs no body reading, so it may come back before the first 200: compare by index.
    expect(answered.map((a) => [a.index, a.status, a.atMs]).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))).toEqual([[0, 200, 0], [40, 429, 0]]);
    expect(answered.find((a) => a.status === 429)?.rules).toEqual(["rate-429", ...every]);
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(all);
    const ok = answered.filter((a) => a.status === 200);
    expect(ok.map((a) => a.index)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(ok.map((a) => a.atMs)).toEqual(Array.from({ length: 40 }, (_, i) => i * 250));
    expect(ok[1]?.rules).toEqual(["success-200", "rate-queue", "any-token", ...every]);
    expect(answered.filter((a) => a.status === 429)).toHaveLength(1);
  });

  it("--rate and --bucket change the pace and the size", async () => {
    vi.useFakeTimers({ now, toFake: ["setTimeout", "clearTimeout", "Date"] });
    const state = createSandboxState({ perSecond: 10, bucketSize: 3 });
    const times: number[] = [];
    const statuses = Array.from({ length: 4 }, () => handleSandboxRequest(makeRequest(), state, Date.now).then((r) => (times.push(Date.now() - now), r.status)));
    await vi.advanceTimersByTimeAsync(1000);
    expect(await Promise.all(statuses)).toEqual([200, 200, 200, 429]);
    expect(times).toEqual([0, 0, 100, 200]);
  });

  it("limits before it authenticates, and counts requests with a bad token", async () => {
    const state = createSandboxState();
    for (let i = 0; i < 40; i++) expect((await send({ headers: { Authorization: "" } }, now, state)).status).toBe(401);
    expect((await send({ headers: { Authorization: "" } }, now, state)).status).toBe(429);
  });

  it("does not count requests to a wrong path or with a wrong method", async () => {
    const state = createSandboxState();
    for (let i = 0; i < 50; i++) await send({ path: "/nope" }, now, state);
    for (let i = 0; i < 50; i++) await send({ method: "GET" }, now, state);
    expect((await send({}, now, state)).status).toBe(200);
  });

  it("a refused request adds nothing: one more fits 250 ms later", async () => {
    const state = createSandboxState();
    for (let i = 0; i < 40; i++) await send({}, now, state);
    expect((await send({}, now + 249, state)).status).toBe(429);
    expect((await send({}, now + 250, state)).status).toBe(200);
  });
});

describe("large bodies", () => {
  it("1,000 items answer 200 with a count of 1000", async () => {
    const body = makeManyItemsBody(1000).replaceAll('"FackbookOrderConversionRate"', '"FackbookConvRate"');
    await send({ body }); // warm-up: the first call pays for module and JIT start-up
    const started = performance.now();
    const answer = await send({ body });
    const ms = performance.now() - started;
    console.info(`sandbox: 1,000 items (${(body.length / 1024).toFixed(0)} KiB) answered in ${ms.toFixed(1)} ms`);
    expect([answer.status, answer.body]).toEqual([200, '{"sucess_count":1000}']);
    expect(ms).toBeLessThan(3000);
  });
});
