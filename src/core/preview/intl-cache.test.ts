import { describe, expect, it } from "vitest";
import { dateFormat, numberFormat } from "./intl-cache";

describe("intl-cache", () => {
  it("hands back the same formatter for the same locale and options", () => {
    expect(numberFormat("en-US", { style: "percent" })).toBe(numberFormat("en-US", { style: "percent" }));
    expect(dateFormat("en-US", { timeZone: "UTC" })).toBe(dateFormat("en-US", { timeZone: "UTC" }));
  });

  it.each([
    ["de-DE", { minimumFractionDigits: 2 }, "1.234,50"],
    ["en-US", { minimumFractionDigits: 2 }, "1,234.50"],
    [undefined, { maximumFractionDigits: 0, useGrouping: false }, "1235"],
  ] as const)("keeps locales and options apart: %s %j", (locale, options, expected) => {
    expect(numberFormat(locale, options).format(1234.5)).toBe(expected);
  });

  it("keeps time zones apart", () => {
    const at = new Date(Date.UTC(2022, 11, 28, 17));
    expect(dateFormat("en-US", { timeZone: "UTC", hour: "numeric", hour12: false }).format(at)).toBe("17");
    expect(dateFormat("en-US", { timeZone: "Asia/Singapore", hour: "numeric", hour12: false }).format(at)).toBe("01");
  });
});
