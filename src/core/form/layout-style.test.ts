import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { parseJson } from "../json/parse-json";
import { documentLayout, indentAfterBreak, lineIndentAt, normalizeColon, oneLineComma, propertyColon, type DocumentLayout } from "./layout-style";

function layoutOf(text: string): DocumentLayout {
  const { root } = parseJson(text);
  if (!root) throw new Error("test body does not parse");
  return documentLayout(text, root);
}

describe("documentLayout", () => {
  const cases: { name: string; text: string; layout: DocumentLayout }[] = [
    { name: "the documented example", text: documentedExampleText, layout: { newline: "\n", unit: "  ", colon: ": ", comma: ", ", multiline: true } },
    { name: "tabs and CRLF", text: '{\r\n\t"a": [\r\n\t\t1\r\n\t]\r\n}', layout: { newline: "\r\n", unit: "\t", colon: ": ", comma: ", ", multiline: true } },
    { name: "four spaces, no space after colons", text: '{\n    "a":1\n}', layout: { newline: "\n", unit: "    ", colon: ":", comma: ",", multiline: true } },
    { name: "compact one line", text: '{"a":[{"b":1}]}', layout: { newline: "\n", unit: "  ", colon: ":", comma: ",", multiline: false } },
    { name: "one line with spaces", text: '{"a": 1, "b": 2}', layout: { newline: "\n", unit: "  ", colon: ": ", comma: ", ", multiline: false } },
    { name: "spaces around the colon", text: '{"a" :   [1 , 2]}', layout: { newline: "\n", unit: "  ", colon: " : ", comma: ", ", multiline: false } },
    { name: "{} is a starting point, not a style", text: "{}", layout: { newline: "\n", unit: "  ", colon: ": ", comma: ", ", multiline: true } },
    {
      name: "nor is an empty list on one line",
      text: '{"marketing_activity_datas": []}',
      layout: { newline: "\n", unit: "  ", colon: ": ", comma: ", ", multiline: true },
    },
    { name: "indented inside a deeper line", text: '  {\n      "a": 1\n  }', layout: { newline: "\n", unit: "    ", colon: ": ", comma: ", ", multiline: true } },
  ];
  it.each(cases)("$name", ({ text, layout }) => {
    expect(layoutOf(text)).toEqual(layout);
  });
});

describe("helpers", () => {
  it.each([
    ["abc\n    def", 8, "    "],
    ["\t\tx", 2, "\t\t"],
    ["x", 0, ""],
  ])("lineIndentAt(%j, %i) = %j", (text, offset, indent) => {
    expect(lineIndentAt(text, offset)).toBe(indent);
  });

  it.each([
    [",\n    ", "    "],
    [",\r\n\t", "\t"],
    [", ", ""],
  ])("indentAfterBreak(%j) = %j", (gap, indent) => {
    expect(indentAfterBreak(gap)).toBe(indent);
  });

  it.each([
    [":", ":"],
    [": ", ": "],
    [":    ", ": "],
    ["  :  ", " : "],
    [" :", " :"],
  ])("normalizeColon(%j) = %j", (gap, colon) => {
    expect(normalizeColon(gap)).toBe(colon);
  });
});

describe("the spacing sniffers both layouts use", () => {
  it.each([
    ['{"a":1}', ":"],
    ['{"a" :  1}', " : "],
    ['{"a":\n  1}', ": "],
  ])("propertyColon of %j is %j", (text, colon) => {
    const property = parseJson(text).root?.children?.[0];
    expect(property && propertyColon(text, property)).toBe(colon);
  });

  it.each([
    ["[1,2]", ","],
    ["[1,  2]", ", "],
    ["[1,\n 2]", undefined],
    ["[1]", undefined],
  ])("oneLineComma of %j is %j", (text, comma) => {
    const root = parseJson(text).root;
    expect(root && oneLineComma(text, root)).toBe(comma);
  });
});
