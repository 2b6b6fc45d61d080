import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { headerValueProblem } from "./header-value";

describe("headerValueProblem", () => {
  it.each([
    ["abc.DEF-123_~+/=", undefined],
    ["with space and\ttab", undefined],
    ["ab\0c", "a NUL character (U+0000) at character 3"],
    ["abc\r\nX-Evil: 1", "a carriage return (U+000D) at character 4"],
    ["abc\n", "a line feed (U+000A) at character 4"],
    ["a\u0007", "a control character (U+0007) at character 2"],
    ["a\u007f", "a control character (U+007F) at character 2"],
    ["tok🎉en", '"🎉" (U+1F389), which is not plain ASCII at character 4'],
    ["é", '"é" (U+00E9), which is not plain ASCII at character 1'],
    ["\u00a0x", '"\u00a0" (U+00A0), which is not plain ASCII at character 1'],
  ])("%j → %s", (value, expected) => {
    expect(headerValueProblem(value)).toBe(expected);
  });

  it("accepts exactly what fetch() and curl send alike: visible ASCII, space and tab", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const sendable = /^[\t\x20-\x7e]*$/.test(value);
        expect(headerValueProblem(value) === undefined).toBe(sendable);
      }),
    );
  });
});
