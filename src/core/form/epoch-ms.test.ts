import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochMsToIsoUtc, epochMsToLocalInput, isoUtcToEpochMs, localInputToEpochMs } from "./epoch-ms";

describe("epochMsToIsoUtc / isoUtcToEpochMs", () => {
  it.each([
    ["1672246800000", "2022-12-28T17:00:00.000Z"],
    ["0", "1970-01-01T00:00:00.000Z"],
    ["1000000000000", "2001-09-09T01:46:40.000Z"],
    ["9999999999999", "2286-11-20T17:46:39.999Z"],
    ["-1", "1969-12-31T23:59:59.999Z"],
  ])("%s ↔ %s", (ms, iso) => {
    expect(epochMsToIsoUtc(ms)).toBe(iso);
    expect(isoUtcToEpochMs(iso)).toBe(ms);
  });

  it.each(["", "12a", "1.5", "9223372036854775807", "8640000000000001"])("no instant for %j", (literal) => {
    expect(epochMsToIsoUtc(literal)).toBeUndefined();
  });

  it.each([
    ["2022-12-28T17:00Z", "1672246800000"],
    ["2022-12-28T17:00:05Z", "1672246805000"],
    ["2022-12-28T17:00:05.5Z", "1672246805500"],
    [" 2022-12-28T17:00:00.000Z ", "1672246800000"],
  ])("reads the shorter form %j", (iso, ms) => {
    expect(isoUtcToEpochMs(iso)).toBe(ms);
  });

  it.each(["2022-12-28T17:00:00", "2022-12-28", "2022-02-30T00:00Z", "2022-13-01T00:00Z", "2022-12-28T24:00Z", "yesterday"])(
    "refuses %j",
    (iso) => {
      expect(isoUtcToEpochMs(iso)).toBeUndefined();
    },
  );

  it("round-trips any instant in the 13-digit range", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000_000_000, max: 9_999_999_999_999 }), (ms) => {
        const iso = epochMsToIsoUtc(String(ms));
        expect(iso && isoUtcToEpochMs(iso)).toBe(String(ms));
      }),
    );
  });
});

describe("epochMsToLocalInput / localInputToEpochMs", () => {
  it.each([
    ["1672246800000", 0, "2022-12-28T17:00"],
    ["1672246800000", -480, "2022-12-29T01:00"], // UTC+8
    ["1672246800000", 300, "2022-12-28T12:00"], // UTC-5
    ["1672246800000", -330, "2022-12-28T22:30"], // UTC+5:30
    ["1672246805000", 0, "2022-12-28T17:00:05"],
    ["1672246805123", 0, "2022-12-28T17:00:05.123"],
    ["1672246800007", 0, "2022-12-28T17:00:00.007"],
  ])("%s at offset %i → %s and back", (ms, offset, local) => {
    expect(epochMsToLocalInput(ms, offset)).toBe(local);
    expect(localInputToEpochMs(local, offset)).toBe(ms);
  });

  it.each([
    ["2022-12-28 17:00", "1672246800000"],
    ["2022-12-28T17:00:00.1", "1672246800100"],
    ["0099-01-01T00:00", "-59042995200000"], // year 99, not 1999 (Date.UTC would say 1999)
  ])("reads %j", (local, ms) => {
    expect(localInputToEpochMs(local, 0)).toBe(ms);
  });

  it.each(["", "2022-12-28", "2022-12-28T17", "2022-02-29T00:00", "0000-01-01T00:00", "2022-12-28T17:60"])("refuses %j", (local) => {
    expect(localInputToEpochMs(local, 0)).toBeUndefined();
  });

  it("has no datetime-local value outside years 0001–9999", () => {
    expect(epochMsToLocalInput("253402300800000", 0)).toBeUndefined(); // 10000-01-01
    expect(epochMsToLocalInput("-62135596800001", 0)).toBeUndefined(); // just before 0001-01-01
  });

  // A zone with daylight saving: UTC+1 in winter, UTC+2 from 2023-03-26T01:00Z (Central Europe).
  const changeAt = Date.UTC(2023, 2, 26, 1);
  const centralEurope = (utcMs: number): number => (utcMs < changeAt ? -60 : -120);

  it("takes the offset at the instant, on both sides of a daylight-saving change", () => {
    expect(epochMsToLocalInput(String(changeAt - 1), centralEurope)).toBe("2023-03-26T01:59:59.999");
    expect(epochMsToLocalInput(String(changeAt), centralEurope)).toBe("2023-03-26T03:00");
    expect(localInputToEpochMs("2023-03-26T01:30", centralEurope)).toBe(String(Date.UTC(2023, 2, 26, 0, 30)));
    expect(localInputToEpochMs("2023-03-26T03:30", centralEurope)).toBe(String(Date.UTC(2023, 2, 26, 1, 30)));
  });

  it("round-trips any instant for any fixed offset", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000_000_000, max: 9_999_999_999_999 }), fc.integer({ min: -14 * 60, max: 12 * 60 }), (ms, offset) => {
        const local = epochMsToLocalInput(String(ms), offset);
        expect(local && localInputToEpochMs(local, offset)).toBe(String(ms));
      }),
    );
  });
});
