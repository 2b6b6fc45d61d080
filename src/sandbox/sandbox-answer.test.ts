import { describe, expect, it } from "vitest";
import { errorAnswer, sandboxAnswer } from "./sandbox-answer";
import { createSandboxState } from "./sandbox-state";
import { newTraceId } from "./trace-id";

describe("sandbox answers", () => {
  it("carry JSON, the content type and a trace id", async () => {
    const answer = sandboxAnswer(200, { sucess_count: 3 });
    expect([answer.status, await answer.text()]).toEqual([200, '{"sucess_count":3}']);
    expect(answer.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(answer.headers.get("traceid")).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each([
    ["Too many request", '{"errors":"Too many request"}'],
    [{ "a[0]": ["x", "y"] }, '{"errors":{"a[0]":["x","y"]}}'],
  ])("errors %j → %s", async (errors, text) => {
    expect(await errorAnswer(422, errors).text()).toBe(text);
  });

  it("keep extra headers", () => {
    expect(errorAnswer(405, "Method Not Allowed", ["method-405"], { Allow: "POST" }).headers.get("allow")).toBe("POST");
  });

  it("name their rules, then the two every answer follows", () => {
    expect(errorAnswer(429, "Too many request", ["rate-429"]).headers.get("x-sandbox-rule")).toBe("rate-429, trace-id, answer-content-type");
  });

  it("trace ids are 32 hex digits and do not repeat", () => {
    const ids = new Set(Array.from({ length: 1000 }, newTraceId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it("a new state starts with an empty bucket of the documented size", () => {
    expect(createSandboxState().bucket).toMatchObject({ perSecond: 4, size: 40, slots: [] });
    expect(createSandboxState({ perSecond: 10, bucketSize: 5 }).bucket).toMatchObject({ perSecond: 10, size: 5 });
  });
});
