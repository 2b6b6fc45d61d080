import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detectDelimiter, parseDelimited } from "./delimited-text";

describe("parseDelimited", () => {
  it.each([
    ["plain", "a,b\n1,2\n", [["a", "b"], ["1", "2"]]],
    ["CRLF and no final newline", "a,b\r\n1,2", [["a", "b"], ["1", "2"]]],
    ["BOM dropped", "\uFEFFa,b\n1,2", [["a", "b"], ["1", "2"]]],
    ["quoted delimiter and quote", 'a,b\n"x,y","say ""hi"""', [["a", "b"], ["x,y", 'say "hi"']]],
    ["embedded newline", 'a,b\n"line1\r\nline2",2\n', [["a", "b"], ["line1\r\nline2", "2"]]],
    ["empty cells", "a,b,c\n,,\n", [["a", "b", "c"], ["", "", ""]]],
    ["64-bit values stay text", "n\n9223372036854775807\n", [["n"], ["9223372036854775807"]]],
    ["TSV from a spreadsheet paste", "a\tb\n1\t2\n", [["a", "b"], ["1", "2"]]],
    ["JSON in a quoted cell", 'l\n"[{""count"":1}]"\n', [["l"], ['[{"count":1}]']]],
  ])("%s", (_, text, expected) => {
    expect(parseDelimited(text)).toEqual(expected);
  });

  it("detects the delimiter from the first line", () => {
    expect(detectDelimiter("a\tb,c")).toBe("\t");
    expect(detectDelimiter("a;b;c,d")).toBe(";");
    expect(detectDelimiter("a,b")).toBe(",");
  });

  it("reads back any table written with RFC 4180 quoting", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "1", ",", '"', "\n", "\r\n", " ", "é") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((row) => row.map((c) => `"${c.replaceAll('"', '""')}"`).join(",")).join("\r\n");
        expect(parseDelimited(text, ",")).toEqual(rows);
      }),
    );
  });
});
