import { deflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { inflateWithLimit } from "./inflate-limited";

const dictionary = new TextEncoder().encode('{"order_num": 100, "marketing_event_id": "MA_1"}');
const text = new TextEncoder().encode('{"order_num": 7, "marketing_event_id": "MA_2", "note": "ok"}');

describe("inflateWithLimit", () => {
  it("inflates data compressed with the same dictionary", () => {
    const data = deflateSync(text, { dictionary, level: 9 });
    expect(inflateWithLimit(data, { dictionary, maxBytes: 1000 })).toEqual({ ok: true, bytes: text });
  });

  it("inflates across many small chunks", () => {
    const big = new TextEncoder().encode("abc,".repeat(5_000) + "end");
    const data = deflateSync(big, { dictionary });
    const result = inflateWithLimit(data, { dictionary, maxBytes: big.length, chunkBytes: 7 });
    expect(result.ok && result.bytes).toEqual(big);
  });

  it("accepts output of exactly the limit and refuses one byte more", () => {
    const data = deflateSync(text, { dictionary });
    expect(inflateWithLimit(data, { dictionary, maxBytes: text.length }).ok).toBe(true);
    expect(inflateWithLimit(data, { dictionary, maxBytes: text.length - 1 })).toMatchObject({ ok: false, problem: "too-large" });
  });

  it("stops a zip bomb early instead of inflating all of it", () => {
    const bombSize = 16 * 1024 * 1024;
    const data = deflateSync(new Uint8Array(bombSize), { level: 9 });
    const maxBytes = 1024 * 1024;
    const result = inflateWithLimit(data, { dictionary, maxBytes, chunkBytes: 256 });
    expect(result).toMatchObject({ ok: false, problem: "too-large" });
    // Deflate expands at most ~1032:1, so one 256-byte step can overshoot by ~264 KiB, no more.
    expect(!result.ok && result.producedBytes).toBeLessThan(maxBytes + 300 * 1024);
  });

  it.each([
    ["no data", new Uint8Array(0), "truncated"],
    ["cut in the middle", deflateSync(text, { dictionary }).subarray(0, 10), "truncated"],
    ["reserved block type 3", new Uint8Array([0x07, 0x00]), "corrupt"],
    ["stored block longer than the data", new Uint8Array([0x01, 0x05, 0x00, 0x00, 0x00]), "truncated"],
  ])("%s → %s", (_name, data, problem) => {
    expect(inflateWithLimit(data, { dictionary, maxBytes: 1000 })).toMatchObject({ ok: false, problem });
  });

  it("reports a distance reaching before the dictionary as corrupt", () => {
    // Compressed against a long dictionary, inflated against a short one: the back-reference
    // points before the start of the window.
    const long = new TextEncoder().encode("x".repeat(5000) + "unique-phrase-here!");
    const data = deflateSync(new TextEncoder().encode("unique-phrase-here!"), { dictionary: long, level: 9 });
    expect(inflateWithLimit(data, { dictionary: new Uint8Array(0), maxBytes: 1000 })).toMatchObject({ ok: false });
  });
});
