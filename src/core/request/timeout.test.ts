import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readTimeoutSeconds, timeoutRangeSeconds } from "./timeout";

describe("readTimeoutSeconds", () => {
  it.each([
    ["30", 30],
    [" 1 ", 1],
    ["600", 600],
    ["2.5", 2.5],
  ])("%j → %d s", (text, seconds) => {
    expect(readTimeoutSeconds(text)).toEqual({ ok: true, seconds });
  });

  it.each(["1e308", "601", "0", "0.5", "-5", "", "abc", "Infinity", "NaN"])("refuses %j", (text) => {
    expect(readTimeoutSeconds(text)).toEqual({ ok: false, error: "The timeout must be a number of seconds from 1 to 600." });
  });

  it("accepts a value exactly when it lies in the range, and keeps it", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (value) => {
        const result = readTimeoutSeconds(String(value));
        const inRange = value >= timeoutRangeSeconds.min && value <= timeoutRangeSeconds.max;
        expect(result).toEqual(inRange ? { ok: true, seconds: value } : expect.objectContaining({ ok: false }));
      }),
    );
  });
});
