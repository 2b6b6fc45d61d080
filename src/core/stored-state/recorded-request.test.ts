import { describe, expect, it } from "vitest";
import { buildRequest } from "../request/build-request";
import { readRecordedRequest, recordRequest, redactedAuthorization } from "./recorded-request";

const token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln";

function prepared(tokenText: string) {
  const built = buildRequest({ target: { kind: "store", storeHandle: "open001", baseUrl: "" }, token: tokenText, bodyText: '{"a": 1}' });
  if (!built.ok) throw new Error(built.error);
  return built.request;
}

describe("recordRequest", () => {
  it("keeps method, URL, header order and body, and replaces the token", () => {
    const request = prepared(token);
    const recorded = recordRequest(request);
    expect(redactedAuthorization).toBe("Bearer <redacted>");
    expect(recorded).toEqual({
      method: "POST",
      url: request.url,
      headers: request.headers.map(([name, value]) => [name, name === "Authorization" ? "Bearer <redacted>" : value]),
      body: '{"a": 1}',
    });
    expect(JSON.stringify(recorded)).not.toContain(token);
  });

  it("records a request sent without a token as it was", () => {
    const request = prepared("");
    expect(recordRequest(request).headers).toEqual(request.headers);
  });
});

describe("readRecordedRequest", () => {
  const stored = { method: "POST", url: "https://x", headers: [["Content-Type", "application/json"]], body: "{}" };

  it("reads a stored request, redacting any Authorization value whatever its case", () => {
    expect(readRecordedRequest(stored)).toEqual(stored);
    const leaky = { ...stored, headers: [["authorization", `Bearer ${token}`]] };
    expect(readRecordedRequest(leaky)?.headers).toEqual([["authorization", "Bearer <redacted>"]]);
  });

  it.each([
    ["not an object", "POST"],
    ["no headers", { ...stored, headers: undefined }],
    ["a header that is not a pair", { ...stored, headers: [["a"]] }],
    ["a header value that is not text", { ...stored, headers: [["a", 1]] }],
    ["no body", { ...stored, body: null }],
  ])("returns null for %s", (_name, value) => {
    expect(readRecordedRequest(value)).toBeNull();
  });
});
