import { describe, expect, it } from "vitest";
import { clearRequestLog, createRequestLog, maskSecrets, recordRequest, type LoggedRequest } from "./request-log";

const entry = (n: number, body = ""): LoggedRequest => ({ method: "POST", url: `/${n}`, headers: [], body, bodyBytes: body.length, receivedAt: "" });

describe("request log", () => {
  it("keeps the last 50, oldest first", () => {
    const log = createRequestLog();
    for (let i = 1; i <= 53; i++) recordRequest(log, entry(i));
    expect(log.entries.map((e) => e.url)).toEqual(Array.from({ length: 50 }, (_, i) => `/${i + 4}`));
  });

  it("keeps no more body than its byte limit, dropping the oldest, yet always the newest", () => {
    const log = createRequestLog(50, 10);
    recordRequest(log, entry(1, "aaaa"));
    recordRequest(log, entry(2, "bbbb"));
    expect(log.entries.map((e) => e.url)).toEqual(["/1", "/2"]);
    recordRequest(log, entry(3, "cccc"));
    expect([log.entries.map((e) => e.url), log.bytes]).toEqual([["/2", "/3"], 8]);
    recordRequest(log, entry(4, "x".repeat(25)));
    expect([log.entries.map((e) => e.url), log.bytes]).toEqual([["/4"], 25]);
    recordRequest(log, entry(5));
    expect([log.entries.map((e) => e.url), log.bytes]).toEqual([["/5"], 0]);
  });

  it("clears", () => {
    const log = createRequestLog(2);
    recordRequest(log, entry(1, "abc"));
    clearRequestLog(log);
    expect([log.entries, log.bytes]).toEqual([[], 0]);
  });
});

describe("maskSecrets", () => {
  it.each([
    [["Authorization", "Bearer test-token-123"], ["Authorization", "Bearer [masked: 14 characters]"]],
    [["authorization", "Basic dXNlcjpwYXNz"], ["authorization", "Basic [masked: 12 characters]"]],
    [["Authorization", "no-scheme-token"], ["Authorization", "[masked: 15 characters]"]],
    [["Proxy-Authorization", "Bearer x"], ["Proxy-Authorization", "Bearer [masked: 1 characters]"]],
    [["Cookie", "session=abc"], ["Cookie", "[masked: 11 characters]"]],
    [["Content-Type", "application/json"], ["Content-Type", "application/json"]],
  ] as const)("%j → %j", (header, expected) => {
    expect(maskSecrets([header])).toEqual([expected]);
  });
});
