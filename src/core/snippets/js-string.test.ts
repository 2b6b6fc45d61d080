import { runInThisContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsStringLiteral, jsTemplateLiteral } from "./js-string";

describe("jsTemplateLiteral", () => {
  it.each([
    ["", "``"],
    ['{\n  "a": 1\n}', '`{\n  "a": 1\n}`'],
    ["a`b", "`a\\`b`"],
    ["${x} $y $${z}", "`\\${x} $y $\\${z}`"],
    ["\\${", "`\\\\\\${`"],
    ["\r\n", "`\\r\n`"],
    ["\u2028\ufeff\u0000", "`\\u2028\\uFEFF\\u0000`"],
    ["\ud800", "`\\uD800`"],
    ["中文 😀", "`中文 😀`"],
  ])("writes %j as %s", (text, literal) => {
    expect(jsTemplateLiteral(text)).toBe(literal);
  });

  it("evaluates back to the exact text, for any string", () => {
    const pieces = fc.constantFrom("`", "$", "{", "}", "\\", "\r", "\n", "\u2028", "\ud800", "\udc00", "x");
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(pieces, fc.string({ unit: "binary", maxLength: 1 })) }), (text) => {
        expect(runInThisContext(jsTemplateLiteral(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe("jsStringLiteral", () => {
  it("evaluates back to the exact text, for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom("\u2028", "\ud800", '"', "\\"), fc.string({ unit: "binary", maxLength: 1 })) }), (text) => {
        expect(runInThisContext(jsStringLiteral(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
