import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { nestingDepth } from "./nesting-depth";

describe("nestingDepth", () => {
  it.each([
    ["", 0],
    ["1", 0],
    ["{}", 1],
    ['{"a": [[1], "[["]}', 3],
    ['["\\"[[", {"b": {}}]', 3],
    ['"\\\\"[]', 1],
    ["]]]{", 1],
    ["[".repeat(2500) + "]".repeat(2500), 2500],
  ])("%j → %i", (text, depth) => {
    expect(nestingDepth(text)).toBe(depth);
  });

  it("stops once past the limit", () => {
    expect(nestingDepth("[".repeat(2500), 512)).toBe(513);
  });

  it("agrees with the depth of any JSON value", () => {
    const depthOf = (value: unknown): number =>
      value !== null && typeof value === "object" ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(nestingDepth(JSON.stringify(value))).toBe(depthOf(value));
      }),
    );
  });
});
