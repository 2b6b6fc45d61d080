import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeUtf8, encodeUtf8 } from "./utf8";

describe("utf8", () => {
  it.each([
    ["ascii", "abc", [0x61, 0x62, 0x63]],
    ["two bytes", "é", [0xc3, 0xa9]],
    ["astral", "😀", [0xf0, 0x9f, 0x98, 0x80]],
    ["leading BOM kept", "\ufeff{}", [0xef, 0xbb, 0xbf, 0x7b, 0x7d]],
  ])("%s", (_name, text, bytes) => {
    expect([...encodeUtf8(text)]).toEqual(bytes);
    expect(decodeUtf8(new Uint8Array(bytes))).toBe(text);
  });

  it.each([
    ["lone continuation byte", [0x80]],
    ["truncated sequence", [0xe2, 0x82]],
    ["overlong encoding", [0xc0, 0xaf]],
    ["encoded surrogate", [0xed, 0xa0, 0x80]],
    ["beyond U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
  ])("rejects %s", (_name, bytes) => {
    expect(decodeUtf8(new Uint8Array(bytes))).toBeNull();
  });

  it("round-trips any well-formed string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => decodeUtf8(encodeUtf8(text)) === text));
  });
});
