import { describe, expect, it } from "vitest";
import { goString, goStringExpression } from "./go-string";

describe("goString", () => {
  it.each([
    ["plain", "abc", '"abc"'],
    ["quotes and backslashes", 'a"b\\c', '"a\\"b\\\\c"'],
    ["newline, CR, tab", "\n\r\t", '"\\n\\r\\t"'],
    ["NUL and the separators as \\u", "\u0000\u2028\ufeff", '"\\u0000\\u2028\\uFEFF"'],
    ["a lone surrogate as U+FFFD", "a\ud800", '"a\\uFFFD"'],
    ["$, #{}, backquote and emoji as written", "$#{x}`😀", '"$#{x}`😀"'],
  ])("writes %s", (_, text, literal) => {
    expect(goString(text)).toBe(literal);
  });
});

describe("goStringExpression", () => {
  it.each([
    ["an empty body", "", '""'],
    ["JSON as a raw string, newlines kept", '{\n  "a": "\\n"\n}', '`{\n  "a": "\\n"\n}`'],
    ["a backquote joined in", "a`b", '`a` + "`" + `b`'],
    ["CR joined in (raw strings drop it)", "a\r\nb", '`a` + "\\r" + `\nb`'],
    ["a leading NUL", "\u0000x", '"\\u0000" + `x`'],
    ["a trailing separator", "x\u2028", '`x` + "\\u2028"'],
  ])("writes %s", (_, text, expression) => {
    expect(goStringExpression(text)).toBe(expression);
  });
});
