import { describe, expect, it } from "vitest";
import { renderJson, type RenderStyle } from "./render-json";

const pretty: RenderStyle = { multiline: true, indent: "", unit: "  ", newline: "\n", colon: ": ", comma: ", " };
const compact: RenderStyle = { multiline: false, indent: "", unit: "  ", newline: "\n", colon: ":", comma: "," };

describe("renderJson", () => {
  it.each([
    ["a number", 100, pretty, "100"],
    ["a string, quoted", 'say "hi"\n', pretty, '"say \\"hi\\"\\n"'],
    ["null", null, pretty, "null"],
    ["an empty object", {}, pretty, "{}"],
    ["an empty list", [], pretty, "[]"],
    ["an object, pretty", { a: 1, b: "x" }, pretty, '{\n  "a": 1,\n  "b": "x"\n}'],
    ["an object, compact", { a: 1, b: "x" }, compact, '{"a":1,"b":"x"}'],
    ["nested, from a deeper line, tabs, CRLF", { l: [{ c: 1 }] }, { ...pretty, indent: "\t", unit: "\t", newline: "\r\n" }, '{\r\n\t\t"l": [\r\n\t\t\t{\r\n\t\t\t\t"c": 1\r\n\t\t\t}\r\n\t\t]\r\n\t}'],
    ["one line with spaces", { a: [1, 2] }, { ...compact, colon: ": ", comma: ", " }, '{"a": [1, 2]}'],
  ])("%s", (_name, value, style, text) => {
    expect(renderJson(value, style)).toBe(text);
  });
});
