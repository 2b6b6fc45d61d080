import { describe, expect, it } from "vitest";
import { endpoint } from "../../endpoint/descriptor";
import { curlSnippet } from "../snippets/curl";
import { httpieSnippet } from "../snippets/httpie";
import { jsFetchSnippet } from "../snippets/js-fetch";
import { nodeKySnippet } from "../snippets/node-ky";
import { powershellSnippet } from "../snippets/powershell";
import { pythonRequestsSnippet } from "../snippets/python-requests";
import { buildRequest } from "./build-request";
import { readApiVersion, requestUrl, targetApiVersion, withApiVersion, type TargetSettings } from "./target";

const sandbox: TargetSettings = { kind: "sandbox", storeHandle: "", baseUrl: "" };
const store: TargetSettings = { kind: "store", storeHandle: "open001", baseUrl: "" };
const custom: TargetSettings = { kind: "custom", storeHandle: "", baseUrl: "http://127.0.0.1:8787/admin/openapi/v20260301" };
const path = "/sales/marketing_events/sync_data.json";

describe("the API version in the URL", () => {
  it("is v20260301 when none was chosen (every target made before versions existed)", () => {
    expect(targetApiVersion(store)).toBe("v20260301");
    expect(requestUrl(store)).toEqual({ ok: true, url: `https://open001.myshopline.com/admin/openapi/v20260301${path}` });
  });

  it.each(endpoint.versions)("%s goes into the sandbox, store and custom URLs", (version) => {
    expect(requestUrl(withApiVersion(sandbox, version))).toEqual({ ok: true, url: `http://127.0.0.1:8787/admin/openapi/${version}${path}` });
    expect(requestUrl(withApiVersion(store, version))).toEqual({ ok: true, url: `https://open001.myshopline.com/admin/openapi/${version}${path}` });
    expect(requestUrl(withApiVersion(custom, version))).toEqual({ ok: true, url: `http://127.0.0.1:8787/admin/openapi/${version}${path}` });
  });

  it("a custom base URL without a version segment is left as typed", () => {
    const proxy: TargetSettings = { ...custom, baseUrl: "https://proxy.example.test/shopline/" };
    expect(withApiVersion(proxy, "v20270301")).toEqual({ ...proxy, apiVersion: "v20270301" });
  });

  it("keeps trailing slashes of a custom base URL", () => {
    expect(withApiVersion({ ...custom, baseUrl: `${custom.baseUrl}/` }, "v20250601").baseUrl).toBe("http://127.0.0.1:8787/admin/openapi/v20250601/");
  });

  it("reads only documented versions", () => {
    expect([readApiVersion("v20270301"), readApiVersion("v20251201"), readApiVersion(20260301)]).toEqual(["v20270301", undefined, undefined]);
  });

  it.each([
    ["curl", curlSnippet],
    ["HTTPie", httpieSnippet],
    ["fetch", jsFetchSnippet],
    ["ky", nodeKySnippet],
    ["PowerShell", powershellSnippet],
    ["Python", pythonRequestsSnippet],
  ] as const)("%s carries the chosen version", (_, snippet) => {
    const built = buildRequest({ target: withApiVersion(store, "v20270301"), token: "t", bodyText: "{}" });
    if (!built.ok) throw new Error(built.error);
    const text = snippet(built.request, { tokenMode: "literal" });
    expect(text).toContain(`https://open001.myshopline.com/admin/openapi/v20270301${path}`);
    expect(text).not.toContain("v20260301");
  });
});
