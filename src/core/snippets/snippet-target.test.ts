import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyGoesToFile, exceedsInlineLimit, shellInlineBodyLimitBytes, utf8ByteLength } from "./snippet-target";

describe("utf8ByteLength", () => {
  it.each([
    ["", 0],
    ["a", 1],
    ["é", 2],
    ["中", 3],
    ["😀", 4],
    ["\ud800", 3], // lone surrogate → U+FFFD
  ])("counts %j as %i bytes", (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
  });

  it("agrees with TextEncoder for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: fc.constantFrom("\ud800", "\udc00", "a") }), (a, b) => {
        const text = a + b;
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });
});

describe("exceedsInlineLimit", () => {
  it("defaults to 64 KiB", () => {
    expect(shellInlineBodyLimitBytes).toBe(65536);
    expect(exceedsInlineLimit("a".repeat(65536), { tokenMode: "literal" })).toBe(false);
    expect(exceedsInlineLimit("a".repeat(65537), { tokenMode: "literal" })).toBe(true);
  });

  it("honours a lowered limit", () => {
    expect(exceedsInlineLimit("", { tokenMode: "literal", inlineBodyLimitBytes: 0 })).toBe(false);
    expect(exceedsInlineLimit("é", { tokenMode: "literal", inlineBodyLimitBytes: 1 })).toBe(true);
  });
});

describe("bodyGoesToFile", () => {
  it("counts the body's UTF-8 bytes against the same 64 KiB limit", () => {
    expect(bodyGoesToFile("a".repeat(65536), { tokenMode: "literal" })).toBe(false);
    expect(bodyGoesToFile("a".repeat(65535) + "é", { tokenMode: "literal" })).toBe(true);
    expect(bodyGoesToFile("{}", { tokenMode: "literal", inlineBodyLimitBytes: 1 })).toBe(true);
  });
});
