import { describe, expect, it } from "vitest";
import { parseJson } from "../json/parse-json";
import { parseBody, rootForEdit } from "./body-syntax";

describe("parseBody", () => {
  // Positions are where the parser stops; the wording is the parser's own (parse-json.ts).
  it.each([
    ['{"a": 1,}', 1, 8],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['{\r\n  "a": tru\r\n}', 2, 8],
    ["", 1, 1],
    ['{"a": 1} // note', 1, 10],
    ['{\n\t"a": [1, 2,]\n}', 2, 12], // the trailing comma
  ])("%j fails at line %i, column %i", (text, line, column) => {
    const parsed = parseBody(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.syntaxError).toMatchObject({ line, column });
      expect(parsed.syntaxError.message).toBe(parseJson(text).syntaxErrors[0]?.message);
    }
  });

  it("gives the tree of a body that parses", () => {
    const parsed = parseBody('{"a": [1]}');
    expect(parsed.ok && parsed.root.type).toBe("object");
  });
});

describe("rootForEdit", () => {
  it("uses the caller's tree without parsing", () => {
    const parsed = parseBody("[]");
    if (!parsed.ok) throw new Error("setup");
    expect(rootForEdit("not even json", parsed.root)).toEqual({ ok: true, root: parsed.root });
  });

  it("makes the form read-only on a syntax error, saying where", () => {
    const result = rootForEdit('{"a": }', undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^The body is not valid JSON \(line 1, column 7: .+\); the form is read-only until it is fixed$/);
  });
});
