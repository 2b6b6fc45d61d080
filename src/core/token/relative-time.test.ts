import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { durationInWords, expiryInWords } from "./relative-time";

const s = 1000;
const min = 60 * s;
const h = 60 * min;
const d = 24 * h;

describe("durationInWords", () => {
  it.each([
    [0, "less than a minute"],
    [59 * s, "less than a minute"],
    [min, "1 minute"],
    [2 * min + 59 * s, "2 minutes"],
    [h - 1, "59 minutes"],
    [h, "1 hour"],
    [2 * h + 59 * min, "2 hours"],
    [d, "24 hours"],
    [2 * d - 1, "47 hours"],
    [2 * d, "2 days"],
    [3 * d + 5, "3 days"],
    [59 * d, "59 days"],
    [60 * d, "2 months"],
    [364 * d, "12 months"],
    [365 * d, "1 year"],
    [3 * 365 * d + d, "3 years"],
  ])("%i ms → %s", (ms, words) => {
    expect(durationInWords(ms)).toBe(words);
    expect(durationInWords(-ms)).toBe(words);
  });
});

describe("expiryInWords", () => {
  const now = Date.UTC(2026, 1, 4, 6, 31, 32);
  it.each([
    [now - 3 * d, "expired 3 days ago"],
    [now + 2 * h + 5 * min, "expires in 2 hours"],
    [now, "expired less than a minute ago"],
    [now + 1, "expires in less than a minute"],
    [now - 1, "expired less than a minute ago"],
  ])("%i → %s", (expiresAt, words) => {
    expect(expiryInWords(expiresAt, now)).toBe(words);
  });

  it("says 'expired' exactly when the expiry is not in the future", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 4e12 }), (offset, nowMs) => {
        expect(expiryInWords(nowMs + offset, nowMs).startsWith("expired")).toBe(offset <= 0);
      }),
    );
  });
});
