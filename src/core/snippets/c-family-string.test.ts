import { describe, expect, it } from "vitest";
import { cFamilyString, linesKeepingEnds } from "./c-family-string";

describe("cFamilyString", () => {
  it.each([
    ["plain text", "abc", '"abc"'],
    ["quotes, backslashes, a JSON \\u escape", 'a"\\u0041', '"a\\"\\\\u0041"'],
    ["newline, CR, tab with their own escapes (never \\u000A)", "\n\r\t", '"\\n\\r\\t"'],
    ["NUL, DEL, the separators and the BOM as \\u", "\u0000\u007f\u2028\u2029\ufeff", '"\\u0000\\u007F\\u2028\\u2029\\uFEFF"'],
    ["a lone surrogate as U+FFFD", "\udc00", '"\\uFFFD"'],
    ["$, {}, @ and emoji as written", "${x} @\"😀", '"${x} @\\"😀"'],
  ])("writes %s", (_, text, literal) => {
    expect(cFamilyString(text)).toBe(literal);
  });
});

describe("linesKeepingEnds", () => {
  it.each([
    ["", [""]],
    ["a", ["a"]],
    ["a\nb\n", ["a\n", "b\n"]],
    ["\n\n", ["\n", "\n"]],
    ["a\r\nb", ["a\r\n", "b"]],
  ])("cuts %j", (text, lines) => {
    expect(linesKeepingEnds(text)).toEqual(lines);
    expect(linesKeepingEnds(text).join("")).toBe(text);
  });
});
