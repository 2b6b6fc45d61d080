import { describe, expect, it } from "vitest";
import { looksLikeJsonRows, readJsonRows } from "./json-rows";

describe("readJsonRows", () => {
  it("keeps each item of a JSON array byte for byte", () => {
    expect(readJsonRows('[ {"a":9223372036854775807} ,\n{"b" : "x"}]')).toEqual({ ok: true, items: ['{"a":9223372036854775807}', '{"b" : "x"}'] });
  });
  it("reads JSON Lines, CRLF and blank lines included", () => {
    expect(readJsonRows('{"a":1}\r\n\r\n{"a":2}\n')).toEqual({ ok: true, items: ['{"a":1}', '{"a":2}'] });
  });
  it.each([
    ['{"a":1}\n{oops}', "Item 2 is not valid JSON."],
    ["[1]", "Item 1 is not a JSON object."],
    ['[{"a":1} {"a":2}]', 'Expected "," or "]" at character 10.'],
  ])("refuses %j", (text, error) => {
    expect(readJsonRows(text)).toEqual({ ok: false, error });
  });
  it("tells JSON from a table", () => {
    expect(looksLikeJsonRows(' [{"a":1}]')).toBe(true);
    expect(looksLikeJsonRows("a,b\n1,2")).toBe(false);
  });
});
