import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { literalOf, maxNestingDepth, parseJson } from "./parse-json";

describe("parseJson", () => {
  it("keeps number literals as typed", () => {
    const text = '{"big": 9223372036854775807, "f": 1.50}';
    const { root } = parseJson(text);
    const literals = root?.children?.map((p) => literalOf(text, p.children?.[1] ?? p));
    expect(literals).toEqual(["9223372036854775807", "1.50"]);
  });

  it.each([
    ['{"a":1,}', "Trailing comma: JSON allows no ',' before '}'", 6],
    ['{"a" 1}', `Expected ':' after the property name, found "1"`, 5],
    ["[1,2", "Expected ']', found the end of the text", 4],
    ['"abc', "Unterminated string", 0],
    ["01", "Invalid number", 0],
    ['{"a":tru}', `Expected a value, found "t"`, 5],
    ['{"a":"\\x"}', "Invalid escape sequence in string", 5],
    ["", "Expected a JSON value, found the end of the text", 0],
    ["{} x", `Expected the end of the document, found "x"`, 3],
    ['{"a": /* c */ 1}', `Expected a value, found "/"`, 6],
    ['{"a": "tab\there"}', "Control characters must be escaped inside a string", 10],
  ])("%j → %s", (text, message, offset) => {
    expect(parseJson(text).syntaxErrors).toEqual([expect.objectContaining({ message, offset })]);
  });

  it("refuses nesting deeper than the limit without overflowing the stack", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(parseJson(deep).syntaxErrors[0]?.message).toMatch(`Nested more than ${maxNestingDepth} levels deep`);
  });

  it("accepts exactly what JSON.parse accepts, with the same values", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        let expected: unknown;
        let valid = true;
        try {
          expected = JSON.parse(text);
        } catch {
          valid = false;
        }
        const { root, syntaxErrors } = parseJson(text);
        expect(syntaxErrors.length === 0).toBe(valid);
        if (valid) expect(toValue(root)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

function toValue(node: ReturnType<typeof parseJson>["root"]): unknown {
  if (!node) return undefined;
  if (node.type === "object") return Object.fromEntries((node.children ?? []).map((p) => [p.children?.[0]?.value, toValue(p.children?.[1])]));
  if (node.type === "array") return (node.children ?? []).map(toValue);
  return node.value;
}
