import { describe, expect, it } from "vitest";
import { newTraceId } from "./trace-id";

describe("newTraceId", () => {
  it("is 32 lower-case hex digits", () => expect(newTraceId()).toMatch(/^[0-9a-f]{32}$/));

  it("is fresh on every call", () => {
    const ids = new Set(Array.from({ length: 1000 }, newTraceId));
    expect(ids.size).toBe(1000);
  });
});
