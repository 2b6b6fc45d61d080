import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { classifyIntegerLiteral, int64Max, int64Min, isUnsafeIntegerLiteral } from "./int64";

describe("classifyIntegerLiteral", () => {
  it.each([
    ["0", "integer"],
    ["100", "integer"],
    ["-1", "integer"],
    ["9223372036854775807", "integer"],
    ["-9223372036854775808", "integer"],
    ["9223372036854775808", "out-of-range"],
    ["-9223372036854775809", "out-of-range"],
    ["99999999999999999999999", "out-of-range"],
    ["1.5", "fraction"],
    ["100.0", "fraction"],
    ["1e3", "exponent"],
    ["1E+3", "exponent"],
    ["1.0e2", "exponent"],
  ])("%s is %s", (literal, kind) => {
    expect(classifyIntegerLiteral(literal).kind).toBe(kind);
  });

  it("keeps the exact value of the 64-bit boundaries", () => {
    expect(classifyIntegerLiteral("9223372036854775807")).toEqual({ kind: "integer", value: int64Max, safe: false });
    expect(classifyIntegerLiteral("-9223372036854775808")).toEqual({ kind: "integer", value: int64Min, safe: false });
  });

  it("agrees with BigInt for every integer literal", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: int64Min * 4n, max: int64Max * 4n }), (n) => {
        const result = classifyIntegerLiteral(n.toString());
        const inRange = n >= int64Min && n <= int64Max;
        expect(result.kind).toBe(inRange ? "integer" : "out-of-range");
      }),
    );
  });
});

describe("isUnsafeIntegerLiteral", () => {
  it.each([
    ["9007199254740991", false],
    ["9007199254740992", true],
    ["9007199254740993", true],
    ["-9007199254740993", true],
    ["1001672246800000", false],
    ["1.5", false],
  ])("%s → %s", (literal, unsafe) => {
    expect(isUnsafeIntegerLiteral(literal)).toBe(unsafe);
  });
});
