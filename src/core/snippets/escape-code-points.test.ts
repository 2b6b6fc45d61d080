import { describe, expect, it } from "vitest";
import { escapeCodePoints, hex, isInvisibleOrUnsafe, isLoneSurrogate } from "./escape-code-points";

describe("escapeCodePoints", () => {
  it("visits whole code points and keeps what the callback leaves", () => {
    expect(escapeCodePoints("a😀\ud800b", (char) => (char === "😀" ? "<E>" : char === "\ud800" ? "<S>" : undefined))).toBe(
      "a<E><S>b",
    );
  });
});

describe("isInvisibleOrUnsafe", () => {
  it.each([
    [0x00, true], [0x09, false], [0x0a, false], [0x0d, true], [0x1f, true], [0x20, false], [0x7e, false],
    [0x7f, true], [0x85, true], [0x9f, true], [0xa0, false], [0x2028, true], [0x2029, true], [0xfeff, true], [0x1f600, false],
  ])("U+%s → %s", (codePoint, unsafe) => {
    expect(isInvisibleOrUnsafe(codePoint)).toBe(unsafe);
  });
});

describe("helpers", () => {
  it("recognises surrogates and writes hex", () => {
    expect([isLoneSurrogate(0xd800), isLoneSurrogate(0xdfff), isLoneSurrogate(0xe000)]).toEqual([true, true, false]);
    expect([hex(0xd, 2), hex(0x2028, 4)]).toEqual(["0D", "2028"]);
  });
});
