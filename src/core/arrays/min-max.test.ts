import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { maxOf, minOf } from "./min-max";

describe("minOf / maxOf", () => {
  it("agree with Math.min / Math.max on small lists, the empty one included", () => {
    fc.assert(
      fc.property(fc.array(fc.double()), (values) => {
        expect(minOf(values)).toBe(Math.min(...values));
        expect(maxOf(values)).toBe(Math.max(...values));
      }),
    );
  });

  it("take a list far past the engine's argument limit", () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect([minOf(values), maxOf(values)]).toEqual([0, 999_999]);
  });
});
