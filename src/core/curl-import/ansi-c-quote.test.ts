import { describe, expect, it } from "vitest";
import { readAnsiCQuoted } from "./ansi-c-quote";

describe("readAnsiCQuoted", () => {
  it.each([
    ["abc'", "abc", 4],
    ["'rest", "", 1],
    ["a\\nb\\tc\\r'", "a\nb\tc\r", 10],
    ["it\\'s'", "it's", 6],
    ["\\\\\\\"'", '\\"', 5],
    ["\\x41\\101\\u00e9\\U0001F600'", "AAé😀", 25],
    ["\\xe2\\x80\\x99'", "\u2019", 13],
    ["\\xff'", "\ufffd", 5],
    ["\\q\\x'", "\\q\\x", 5],
    ["\\e\\cA'", "\x1b\x01", 6],
  ])("reads %j", (text, value, length) => {
    expect(readAnsiCQuoted(text)).toEqual({ value, length });
  });

  it("reports a string that is never closed", () => {
    expect(readAnsiCQuoted("abc\\'")).toBeUndefined();
  });
});
