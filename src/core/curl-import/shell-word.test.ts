import { describe, expect, it } from "vitest";
import { readExpansion, readWord, ShellSyntaxError, type Cursor } from "./shell-word";

function word(source: string) {
  const cursor: Cursor = { source, index: 0 };
  const result = readWord(cursor);
  return { ...result, rest: source.slice(cursor.index) };
}

describe("readWord", () => {
  it.each([
    ["abc def", "abc", " def", false],
    ["'a b'c", "a bc", "", true],
    [`'it'\\''s'`, "it's", "", true],
    [`"a \\" \\$ \\\\ \\a"`, 'a " $ \\ \\a', "", true],
    ["$'a\\nb'", "a\nb", "", true],
    ['$"x"', "x", "", true],
    ["a\\ b", "a b", "", true],
    ["a\\\nb", "ab", "", false],
    ["\"a\\\nb\"", "ab", "", true],
    ["a|b", "a", "|b", false],
    ["a;b", "a", ";b", false],
    ["a\r\nb", "a", "\r\nb", false],
    ["a#b", "a#b", "", false],
    ["''", "", "", true],
  ])("reads %j", (source, text, rest, quoted) => {
    expect(word(source)).toMatchObject({ text, rest, quoted });
  });

  it("keeps expansions as written and lists them", () => {
    expect(word(`"Bearer $TOKEN"`)).toMatchObject({ text: "Bearer $TOKEN", expansions: ["$TOKEN"] });
    expect(word("a${B}$(c d)`e`$")).toMatchObject({ text: "a${B}$(c d)`e`$", expansions: ["${B}", "$(c d)", "`e`"] });
    expect(word("'$X'")).toMatchObject({ expansions: [] });
  });

  it.each(["'abc", '"abc', "$'abc", '"$(a"', "`abc"])("throws on the unclosed %j", (source) => {
    expect(() => word(source)).toThrow(ShellSyntaxError);
  });
});

describe("readExpansion", () => {
  it.each([
    ["$HOME/x", "$HOME"],
    ["$1x", "$1"],
    ["$?", "$?"],
    ["${A:-b}c", "${A:-b}"],
    ["$(a $(b))c", "$(a $(b))"],
    ["$((1+2))", "$((1+2))"],
    ["`a`b", "`a`"],
    ["$ x", "$"],
  ])("reads %j", (source, expansion) => {
    expect(readExpansion({ source, index: 0 })).toBe(expansion);
  });
});
