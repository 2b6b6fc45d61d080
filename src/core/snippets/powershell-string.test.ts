import { describe, expect, it } from "vitest";
import { powershellSingleQuoted, powershellStringExpression } from "./powershell-string";

describe("powershellSingleQuoted", () => {
  it.each([
    ["", "''"],
    ["it's", "'it''s'"],
    ["\u2018a\u2019 \u201a\u201b", "'\u2018\u2018a\u2019\u2019 \u201a\u201a\u201b\u201b'"],
    ['$x `y` "z"\n', "'$x `y` \"z\"\n'"],
  ])("writes %j as %s", (text, literal) => {
    expect(powershellSingleQuoted(text)).toBe(literal);
  });
});

describe("powershellStringExpression", () => {
  it.each([
    ["", "''"],
    ['{\n  "a": 1\n}', `'{\n  "a": 1\n}'`],
    ["a\rb", "'a' + [char]0x0D + 'b'"],
    ["\r\n", "'' + [char]0x0D + '\n'"],
    ["a\r\r", "'a' + [char]0x0D + [char]0x0D"],
    ["\u2028x'", "'' + [char]0x2028 + 'x'''"],
  ])("writes %j as %s", (text, expression) => {
    expect(powershellStringExpression(text)).toBe(expression);
  });
});
