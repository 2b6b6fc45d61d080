import { describe, expect, it } from "vitest";
import { shellWord, shellWordWithVariable, singleQuote } from "./shell-quote";

describe("singleQuote", () => {
  it.each([
    ["", "''"],
    ["abc", "'abc'"],
    ["it's", `'it'\\''s'`],
    ["''", `''\\'''\\'''`],
    ["$HOME `id` \\ ! \n", "'$HOME `id` \\ ! \n'"],
  ])("quotes %j", (text, quoted) => {
    expect(singleQuote(text)).toBe(quoted);
  });
});

describe("shellWord", () => {
  it.each([
    ["https://open001.myshopline.com/admin/openapi/v20260301/x.json", "https://open001.myshopline.com/admin/openapi/v20260301/x.json"],
    ["http://127.0.0.1:8787/a_b-c", "http://127.0.0.1:8787/a_b-c"],
    ["POST", "POST"],
    ["http://[::1]/", "'http://[::1]/'"],
    ["a b", "'a b'"],
    ["~/x", "'~/x'"],
    ["=cmd", "'=cmd'"],
    ["a*b?", "'a*b?'"],
    ["", "''"],
  ])("writes %j as %s", (text, word) => {
    expect(shellWord(text)).toBe(word);
  });
});

describe("shellWordWithVariable", () => {
  it("double-quotes a plain prefix around the variable", () => {
    expect(shellWordWithVariable("Authorization: Bearer ", "SHOPLINE_ACCESS_TOKEN")).toBe(
      '"Authorization: Bearer $SHOPLINE_ACCESS_TOKEN"',
    );
  });

  it("single-quotes a prefix that double quotes would alter", () => {
    expect(shellWordWithVariable('a"$`!\\', "V")).toBe(`'a"$\`!\\'"$V"`);
  });

  it("rejects a name that is not a variable", () => {
    expect(() => shellWordWithVariable("", "A-B")).toThrow();
  });
});
