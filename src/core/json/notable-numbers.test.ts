import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findNotableNumbers } from "./notable-numbers";

describe("findNotableNumbers", () => {
  it.each([
    ['{"a": 100, "b": 1001672246800000}', []],
    ['{"a": 9007199254740991}', []],
    ['{"a": 9007199254740992}', ["9007199254740992"]],
    ['{"a": -9007199254740993}', ["-9007199254740993"]],
    ['{"a": 12345678901234567}', ["12345678901234567"]],
    ['{"a": 1.5, "b": 1e3, "c": 2E-1}', ["1.5", "1e3", "2E-1"]],
    ['{"a": "9007199254740993 1.5 in a string", "b\\"1.5": 2}', []],
    // Inside a string but shaped like a value: reported; its offset starts no value.
    ['{"a": "x: 1.5"}', ["1.5"]],
    ['[0, -0, 0.0]', ["0.0"]],
    ['[\n  1.5,\n\t-2e3]', ["1.5", "-2e3"]],
  ])("%s", (text, expected) => {
    expect(findNotableNumbers(text).map((n) => n.literal)).toEqual(expected);
  });

  it("returns the offset of each literal", () => {
    const text = '{"x": [1.25, 99999999999999999]}';
    for (const { offset, literal } of findNotableNumbers(text)) expect(text.slice(offset, offset + literal.length)).toBe(literal);
  });

  it("flags exactly the integers JavaScript cannot hold", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }), (n) => {
        const found = findNotableNumbers(`[${n}]`).length === 1;
        expect(found).toBe(n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER));
      }),
    );
  });
});
