import { describe, expect, it } from "vitest";
import { buildRequest, headerValue, sandboxDemoToken, type RequestInput } from "./build-request";

const custom: RequestInput = { target: { kind: "custom", storeHandle: "", baseUrl: "http://127.0.0.1:8787/admin/openapi/v20260301" }, token: "t", bodyText: "{}" };

describe("buildRequest", () => {
  it("builds the one request: URL, headers in the page's order, the body as typed", () => {
    const built = buildRequest({ ...custom, token: "  abc  ", bodyText: '{"a":1}\r\n' });
    expect(built).toEqual({
      ok: true,
      request: {
        method: "POST",
        url: "http://127.0.0.1:8787/admin/openapi/v20260301/sales/marketing_events/sync_data.json",
        headers: [["Authorization", "Bearer abc"], ["Content-Type", "application/json; charset=utf-8"], ["accept", "application/json"]],
        body: '{"a":1}\r\n',
        hasToken: true,
      },
    });
  });

  it("sends no Authorization without a token, except the sandbox's demo token", () => {
    const none = buildRequest({ ...custom, token: " " });
    expect(none.ok && headerValue(none.request, "authorization")).toBe(undefined);
    const sandbox = buildRequest({ ...custom, token: "", target: { ...custom.target, kind: "sandbox" } });
    expect(sandbox.ok && headerValue(sandbox.request, "Authorization")).toBe(`Bearer ${sandboxDemoToken}`);
  });

  it.each([
    ["NUL", "ab\0cd", /has a NUL character \(U\+0000\) at character 3: an Authorization header cannot carry it/],
    ["CR/LF inside", "abc\r\nX-Injected: 1", /has a carriage return \(U\+000D\) at character 4/],
    ["an emoji", "tok🎉", /"🎉" \(U\+1F389\), which is not plain ASCII at character 4/],
  ])("refuses a token with %s before anything is sent", (_, token, message) => {
    const built = buildRequest({ ...custom, token });
    expect(built.ok).toBe(false);
    expect(built.ok ? "" : built.error).toMatch(message);
  });

  it("refuses a base URL with credentials, which fetch() would refuse", () => {
    const built = buildRequest({ ...custom, target: { ...custom.target, baseUrl: "http://user:pass@127.0.0.1:8787/x" } });
    expect(built.ok ? "" : built.error).toMatch(/must not carry a user name or password/);
  });
});
