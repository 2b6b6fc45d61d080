import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readKey, skipSpace, skipString, skipValue } from "./text-cursor";

describe("text cursor moves over valid JSON", () => {
  it.each([
    ["  \t\r\n x", 0, 6],
    ["x", 0, 0],
    ["", 0, 0],
  ])("skipSpace(%j, %i) → %i", (text, from, expected) => expect(skipSpace(text, from)).toBe(expected));

  it.each([
    ['"abc",', 0, 5],
    ['"a\\"b"x', 0, 6],
    ['"a\\\\"x', 0, 5],
    ['"unterminated', 0, 13],
  ])("skipString(%j) → %i", (text, from, expected) => expect(skipString(text, from)).toBe(expected));

  it.each([
    ["123,", 0, 3],
    ["-1.5e3}", 0, 6],
    ["true]", 0, 4],
    ['{"a":[1,{"b":"}"}]} tail', 0, 19],
    ['[["]"],2],', 0, 9],
  ])("skipValue(%j) → %i", (text, from, expected) => expect(skipValue(text, from)).toBe(expected));

  it("skipValue ends exactly where any JSON value's text ends", () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        expect(skipValue(json + " ,", 0)).toBe(json.length);
      }),
    );
  });

  it("readKey decodes escaped keys and returns the index after the closing quote", () => {
    expect(readKey('"plain": 1', 0)).toEqual({ key: "plain", end: 7 });
    expect(readKey('"a\\u0062c":1', 0)).toEqual({ key: "abc", end: 10 });
  });
});
