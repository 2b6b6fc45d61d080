import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatJsonText } from "./format-json";
import { documentedExampleText } from "../../endpoint/example";

/** The text without the whitespace that lies outside strings: what formatting may not change. */
function tokensOnly(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"?|[ \t\r\n]+/gs, (match) => (match.startsWith('"') ? match : ""));
}

describe("formatJsonText", () => {
  it.each([
    ["an empty object", "{}", "{}"],
    ["an empty list inside", '{"a":[]}', '{\n  "a": []\n}'],
    ["nested values", '{"a":[1,{"b":true}],"c":null}', '{\n  "a": [\n    1,\n    {\n      "b": true\n    }\n  ],\n  "c": null\n}'],
    ["a long integer is kept as written", '{"n":9223372036854775807}', '{\n  "n": 9223372036854775807\n}'],
    ["strings keep their spaces, escapes and structural characters", '{"s":"a, b: [c] {\\"d\\"}"}', '{\n  "s": "a, b: [c] {\\"d\\"}"\n}'],
    ["old whitespace goes", '{ "a" :\t1 ,\r\n "b":2 }', '{\n  "a": 1,\n  "b": 2\n}'],
  ])("%s", (_, input, expected) => {
    expect(formatJsonText(input)).toBe(expected);
  });

  it("lays the documented example, written on one line, out as the page does", () => {
    const oneLine = tokensOnly(documentedExampleText);
    expect(formatJsonText(oneLine)).toBe(documentedExampleText.trim());
  });

  it("changes only whitespace outside strings, for any JSON value and for any text at all", () => {
    const json = fc.jsonValue().map((value) => JSON.stringify(value));
    fc.assert(
      fc.property(fc.oneof(json, fc.string({ unit: "grapheme-ascii" })), (text) => {
        expect(tokensOnly(formatJsonText(text))).toBe(tokensOnly(text));
      }),
    );
  });

  it("gives valid JSON the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(JSON.parse(formatJsonText(text))).toEqual(JSON.parse(text));
      }),
    );
  });

  it("is stable: formatting formatted text changes nothing", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const once = formatJsonText(JSON.stringify(value));
        expect(formatJsonText(once)).toBe(once);
      }),
    );
  });
});
