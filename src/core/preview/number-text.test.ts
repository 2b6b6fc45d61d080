import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatFractionAsPercent, formatNumberLiteral, formatRate, integerOf, missingValue } from "./number-text";

describe("formatRate", () => {
  it.each<[bigint | undefined, bigint | undefined, string]>([
    [100n, 100n, "100.0%"],
    [1n, 3n, "33.33%"],
    [2n, 3n, "66.67%"],
    [1n, 8n, "12.5%"],
    [0n, 5n, "0.0%"],
    [-1n, 8n, "-12.5%"],
    [150n, 100n, "150.0%"],
    // Exact past 2^53: a Number division would say 100.0% for both.
    [9007199254740993n, 9007199254740992n * 2n, "50.0%"],
    [9223372036854775806n, 9223372036854775807n, "100.0%"],
    [1n, 0n, missingValue],
    [undefined, 5n, missingValue],
    [5n, undefined, missingValue],
  ])("%s / %s → %s", (part, whole, expected) => {
    expect(formatRate(part, whole, "en-US")).toBe(expected);
  });

  it("rounds half away from zero at the second decimal, exactly", () => {
    // 1/800 = 0.125% exactly; 1/799.99… just under.
    expect(formatRate(1n, 800n, "en-US")).toBe("0.13%");
    expect(formatRate(100_000n, 80_000_001n, "en-US")).toBe("0.12%");
  });

  it("agrees with exact rational arithmetic for any 64-bit inputs", () => {
    const long = fc.bigInt({ min: 0n, max: 2n ** 63n - 1n });
    fc.assert(
      fc.property(long, long.filter((n) => n > 0n), (part, whole) => {
        const text = formatRate(part, whole, "en-US").replace(/[,%]/g, "");
        const [units = "", decimals = ""] = text.split(".");
        const shownHundredths = BigInt(units) * 100n + BigInt(decimals.padEnd(2, "0"));
        // |shown − exact| ≤ half a hundredth of a percent: |shown·whole − part·10⁴| ≤ whole/2.
        const error = shownHundredths * whole - part * 10_000n;
        expect(2n * (error < 0n ? -error : error) <= whole).toBe(true);
      }),
    );
  });
});

describe("formatNumberLiteral", () => {
  it.each([
    ["100", "100"],
    ["1001672246800000", "1,001,672,246,800,000"],
    ["9223372036854775807", "9,223,372,036,854,775,807"],
    ["1234.50", "1,234.50"],
    ["-0.001", "-0.001"],
    ["1e3", "1,000"],
  ])("%s → %s", (literal, expected) => {
    expect(formatNumberLiteral(literal, "en-US")).toBe(expected);
  });

  it.each(["", "abc", "1,000", "01", "1.", "0x10", "Infinity", " 1"])("%j is no number", (literal) => {
    expect(formatNumberLiteral(literal, "en-US")).toBeUndefined();
  });

  it("follows the locale", () => {
    expect(formatNumberLiteral("1234.5", "de-DE")).toBe("1.234,5");
  });
});

describe("formatFractionAsPercent", () => {
  it.each([
    ["0.09", "9%"],
    ["0.125", "12.5%"],
    ["1", "100%"],
    ["0.5", "50%"],
    ["0.0001", "0.01%"],
  ])("%s → %s", (literal, expected) => {
    expect(formatFractionAsPercent(literal, "en-US")).toBe(expected);
  });
});

describe("integerOf", () => {
  it.each<[string | undefined, bigint | undefined]>([
    ["100", 100n],
    ["-9223372036854775808", -9223372036854775808n],
    ["1.0", undefined],
    ["1e3", undefined],
    ['"100"', undefined],
    [undefined, undefined],
  ])("%s → %s", (literal, expected) => {
    expect(integerOf(literal)).toBe(expected);
  });
});
