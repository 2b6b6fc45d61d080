import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInt64Input } from "./int64-input";

describe("checkInt64Input", () => {
  it.each([
    ["0", "0"],
    ["42", "42"],
    ["-42", "-42"],
    [" 7 ", "7"],
    ["9223372036854775807", "9223372036854775807"],
    ["-9223372036854775808", "-9223372036854775808"],
    ["1001672246800000", "1001672246800000"],
  ])("accepts %j as %j", (raw, digits) => {
    expect(checkInt64Input(raw)).toEqual({ ok: true, digits });
  });

  it.each([
    ["", "Enter an integer"],
    ["   ", "Enter an integer"],
    ["007", "No leading zeros: write 7"],
    ["-007", "No leading zeros: write -7"],
    ["00", "No leading zeros: write 0"],
    ["-", "Only digits, with an optional leading '-'"],
    ["+5", "Only digits, with an optional leading '-'"],
    ["1.5", "Only digits, with an optional leading '-'"],
    ["1e3", "Only digits, with an optional leading '-'"],
    ["1 000", "Only digits, with an optional leading '-'"],
    ["9223372036854775808", "Outside the 64-bit range (-9223372036854775808 to 9223372036854775807)"],
    ["-9223372036854775809", "Outside the 64-bit range (-9223372036854775808 to 9223372036854775807)"],
  ])("refuses %j: %s", (raw, error) => {
    expect(checkInt64Input(raw)).toEqual({ ok: false, error });
  });

  it("accepts every signed 64-bit integer exactly, as text", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (value) => {
        expect(checkInt64Input(value.toString())).toEqual({ ok: true, digits: value.toString() });
      }),
    );
  });

  it("refuses every integer just outside the range", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 2n ** 70n }), (excess) => {
        expect(checkInt64Input((2n ** 63n - 1n + excess).toString()).ok).toBe(false);
        expect(checkInt64Input((-(2n ** 63n) - excess).toString()).ok).toBe(false);
      }),
    );
  });
});
