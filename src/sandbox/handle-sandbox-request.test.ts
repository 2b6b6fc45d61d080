import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../endpoint/example";
import { sandboxDemoToken } from "../core/request/build-request";
import { makeManyItemsBody } from "../core/sample/many-items";
import { handleSandboxRequest, sandboxEndpointPath } from "./handle-sandbox-request";
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

async function send(init: Send = {}, clockMs = now, state = createSandboxState()) {
  const response = await handleSandboxRequest(makeRequest(init), state, () => clockMs);
  return { response, status: response.status, body: await response.text() };
}

const nameOver20 = "marketing_activity_datas[0].custom_activity_engagement_list[0].name";

describe("handleSandboxRequest answers", () => {
  it.each<[string, Send, number, string | RegExp]>([
    ["the valid example", {}, 200, '{"sucess_count":1}'],
    ["a prefix before the versioned path", { path: `/proxy${sandboxEndpointPath}` }, 200, '{"sucess_count":1}'],
    ["a query string", { path: `${sandboxEndpointPath}?x=1` }, 200, '{"sucess_count":1}'],
    ["any other non-empty token", { headers: { Authorization: "Bearer abc" } }, 200, '{"sucess_count":1}'],
    ["a 64-bit long past 2^53", { body: validBody.replace("1001672246800000", "9007199254740993") }, 200, '{"sucess_count":1}'],
    ["a warning only (unknown field)", { body: validBody.replace('"order_num": 100', '"order_nmu": 100') }, 200, '{"sucess_count":1}'],
    ["a wrong version", { path: sandboxEndpointPath.replace("v20260301", "v20250601") }, 404, '{"errors":"Not Found"}'],
    ["the root path", { path: "/" }, 404, '{"errors":"Not Found"}'],
    ["a suffix after the path", { path: `${sandboxEndpointPath}/x` }, 404, '{"errors":"Not Found"}'],
    ["GET", { method: "GET" }, 405, '{"errors":"Method Not Allowed"}'],
    ["PUT", { method: "PUT" }, 405, '{"errors":"Method Not Allowed"}'],
    ["no Authorization", { headers: { Authorization: "" } }, 401, JSON.stringify({ errors: invalidTokenMessage })],
    ["a Basic token", { headers: { Authorization: "Basic dXNlcjpwYXNz" } }, 401, JSON.stringify({ errors: invalidTokenMessage })],
    ["an empty Bearer", { headers: { Authorization: "Bearer " } }, 401, JSON.stringify({ errors: invalidTokenMessage })],
    ["the page's expired token", { headers: { Authorization: `Bearer ${pageToken}` } }, 401, /^\{"errors":"\[API\] Invalid access token: token expired at 2026-02-01T06:31:32\.000Z \(expired 27 days ago\)/],
    ["text/plain", { headers: { "Content-Type": "text/plain;charset=UTF-8" } }, 400, /^\{"errors":"Content-Type must be application\/json; charset=utf-8, not text\/plain/],
    ["no Content-Type", { headers: { "Content-Type": "" } }, 400, /Content-Type header is missing/],
    ["an empty body", { body: "" }, 400, '{"errors":"Invalid JSON: The body is empty: expected a JSON object."}'],
    ["a syntax error", { body: '{"marketing_activity_datas": [}' }, 400, '{"errors":"Invalid JSON: Expected a value, found \\"}\\" at line 1, column 31."}'],
    ["a script", { body: validBody.replace('"ua"', '"<script>alert(1)</script>"') }, 412, '{"errors":"The request body contains high-risk content (\\"<script\\") and was refused."}'],
    ["a script in a body that is not even JSON", { body: "<script>" }, 412, /high-risk content/],
    ["the documented example, whose name is over 20 characters", { body: documentedExampleText }, 422, JSON.stringify({ errors: { [nameOver20]: ["At most 20 characters allowed; this has 27."] } })],
    ["no list", { body: "{}" }, 422, /^\{"errors":\{"marketing_activity_datas":\[".+"\]\}\}$/],
    ["a list instead of an object", { body: "[]" }, 422, /^\{"errors":\{"\(body\)":\[".+"\]\}\}$/],
  ])("%s", async (_, init, status, body) => {
    const answer = await send(init);
    expect(answer.status).toBe(status);
    if (typeof body === "string") expect(answer.body).toBe(body);
    else expect(answer.body).toMatch(body);
    expect(answer.response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(answer.response.headers.get("traceId")).toMatch(/^[0-9a-f]{32}$/);
    expect(answer.response.headers.get("Allow")).toBe(status === 405 ? "POST" : null);
  });

  it("accepts the page's token before it expired", async () => {
    expect((await send({ headers: { Authorization: `Bearer ${pageToken}` } }, Date.UTC(2026, 0, 31))).status).toBe(200);
  });

  it("lists every schema error by path, several messages under one path", async () => {
    const body = validBody.replace('"FackbookConvRate"', '"' + "x".repeat(21) + '"').replace('"order_num": 100', '"order_num": "100"');
    const answer = await send({ body });
    expect(answer.status).toBe(422);
    const errors = (JSON.parse(answer.body) as { errors: Record<string, string[]> }).errors;
    expect(Object.keys(errors).sort()).toEqual(["marketing_activity_datas[0].order_num", nameOver20].sort());
    expect(Object.values(errors).every((list) => list.length >= 1)).toBe(true);
  });

  it("gives each answer its own trace id", async () => {
    const ids = new Set<string | null>();
    for (let i = 0; i < 20; i++) ids.add((await send()).response.headers.get("traceId"));
    expect(ids.size).toBe(20);
  });
});

describe("rate limit", () => {
  it("40 at once pass, the 41st gets 429, and one more passes 250 ms later", async () => {
    const state = createSandboxState();
    for (let i = 0; i < 40; i++) expect((await send({}, now, state)).status).toBe(200);
    const refused = await send({}, now, state);
    expect([refused.status, refused.body]).toEqual([429, '{"errors":"Too many request"}']);
    expect(refused.response.headers.get("traceId")).toMatch(/^[0-9a-f]{32}$/);
    expect((await send({}, now + 249, state)).status).toBe(429);
    expect((await send({}, now + 250, state)).status).toBe(200);
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
