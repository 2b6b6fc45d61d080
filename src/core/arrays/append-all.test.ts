import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { appendAll } from "./append-all";

describe("appendAll", () => {
  it("appends in order and returns the target, like push(...source)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.array(fc.integer()), (a, b) => {
        const target = [...a];
        expect(appendAll(target, b)).toBe(target);
        expect(target).toEqual([...a, ...b]);
      }),
    );
  });

  it("takes a list far past the engine's argument limit (push(...source) throws a RangeError there)", () => {
    const source = new Array<number>(1_000_000).fill(7);
    expect(() => [].push(...(source as never[]))).toThrow(RangeError);
    expect(appendAll([1], source)).toHaveLength(1_000_001);
  });
});
