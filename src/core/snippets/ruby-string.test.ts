import { describe, expect, it } from "vitest";
import { rubyBody, rubyString } from "./ruby-string";

describe("rubyString", () => {
  it.each([
    ["plain text", "abc", '"abc"'],
    ["#, \\ and \" escaped (no interpolation)", '#{x} #$y "\\', '"\\#{x} \\#$y \\"\\\\"'],
    ["newline, tab and CR escaped on one line", "\n\t\r", '"\\n\\t\\r"'],
    ["NUL, ^D, ^Z and separators as \\u (Ruby stops at a raw NUL)", "\u0000\u0004\u001a\u2028", '"\\u0000\\u0004\\u001A\\u2028"'],
    ["a lone surrogate as U+FFFD", "\ud800", '"\\uFFFD"'],
  ])("writes %s", (_, text, literal) => {
    expect(rubyString(text)).toBe(literal);
  });

  it("keeps newlines and tabs as written on request", () => {
    expect(rubyString("a\n\tb", true)).toBe('"a\n\tb"');
  });
});

describe("rubyBody", () => {
  it.each([
    ["JSON as a single-quoted here-document", '{"a": "#{b} \\n"}', { expression: `<<'JSON_BODY'.delete_suffix("\\n")`, after: '\n{"a": "#{b} \\n"}\nJSON_BODY' }],
    ["an empty body", "", { expression: `<<'JSON_BODY'.delete_suffix("\\n")`, after: "\n\nJSON_BODY" }],
    ["another delimiter when the text holds the first", "JSON_BODY", { expression: `<<'JSON_BODY_1'.delete_suffix("\\n")`, after: "\nJSON_BODY\nJSON_BODY_1" }],
    ["a double-quoted string across lines when the text has CR", "a\r\nb", { expression: '"a\\r\nb"', after: "" }],
  ])("writes %s", (_, text, body) => {
    expect(rubyBody(text)).toEqual(body);
  });
});
