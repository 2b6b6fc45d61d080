import { describe, expect, it } from "vitest";
import { clearRequestLog, createRequestLog, recordRequest, type LoggedRequest } from "./request-log";

const entry = (n: number): LoggedRequest => ({ method: "POST", url: `/${n}`, headers: [], body: "", bodyBytes: 0, receivedAt: "" });

describe("request log", () => {
  it("keeps the last 50, oldest first", () => {
    const log = createRequestLog();
    for (let i = 1; i <= 53; i++) recordRequest(log, entry(i));
    expect(log.entries.map((e) => e.url)).toEqual(Array.from({ length: 50 }, (_, i) => `/${i + 4}`));
  });

  it("clears", () => {
    const log = createRequestLog(2);
    recordRequest(log, entry(1));
    clearRequestLog(log);
    expect(log.entries).toEqual([]);
  });
});
