import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineStarts, offsetToLineColumn } from "./offset-position";

describe("offsets as line and column", () => {
  it.each([
    ["", 0, { line: 1, column: 1 }],
    ["ab\ncd", 1, { line: 1, column: 2 }],
    ["ab\ncd", 3, { line: 2, column: 1 }],
    ["ab\r\ncd", 4, { line: 2, column: 1 }],
    ["a\n\nb", 3, { line: 3, column: 1 }],
  ])("%j at %i", (text, offset, expected) => expect(offsetToLineColumn(lineStarts(text), offset)).toEqual(expected));

  it("agrees with counting line feeds before the offset", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "\n", "\r", "é") }), fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        const before = text.slice(0, offset);
        const line = before.split("\n").length;
        const column = offset - (before.lastIndexOf("\n") + 1) + 1;
        expect(offsetToLineColumn(lineStarts(text), offset)).toEqual({ line, column });
      }),
    );
  });
});
