import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJson } from "../json/parse-json";
import { prettyJson, prettyResponseText } from "./pretty-json";

function pretty(text: string): string {
  const { root } = parseJson(text);
  if (root === undefined) throw new Error(`not JSON: ${text}`);
  return prettyJson(text, root);
}

describe("prettyJson", () => {
  it.each([
    ['{"sucess_count":1}', '{\n  "sucess_count": 1\n}'],
    ["[]", "[]"],
    ["{}", "{}"],
    ["  42 ", "42"],
    ['"a\\u00e9\\n"', '"a\\u00e9\\n"'],
    ['{"n":9007199254740993,"f":1.50,"e":1E+2}', '{\n  "n": 9007199254740993,\n  "f": 1.50,\n  "e": 1E+2\n}'],
    ['{"errors":{"a[0].b":["x","y"],"c":[]},"z":null}', '{\n  "errors": {\n    "a[0].b": [\n      "x",\n      "y"\n    ],\n    "c": []\n  },\n  "z": null\n}'],
    ['[[1,[2]],{"k":true}]', '[\n  [\n    1,\n    [\n      2\n    ]\n  ],\n  {\n    "k": true\n  }\n]'],
  ])("%s", (text, expected) => {
    expect(pretty(text)).toBe(expected);
  });

  it("means the same as the input and keeps every number's digits", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (value, big) => {
        const text = JSON.stringify({ value, big: "BIG" }).replace('"BIG"', big.toString());
        const out = pretty(text);
        expect(JSON.parse(out)).toEqual(JSON.parse(text));
        expect(out).toContain(`"big": ${big.toString()}`);
      }),
    );
  });

  it("is stable: pretty-printing its own output changes nothing", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const once = pretty(JSON.stringify(value));
        expect(pretty(once)).toBe(once);
      }),
    );
  });
});

describe("prettyResponseText", () => {
  it.each([
    ['{"sucess_count":9007199254740993}', '{\n  "sucess_count": 9007199254740993\n}'],
    ["", ""],
    ["  \n", "  \n"],
    ["<html>Bad gateway</html>", "<html>Bad gateway</html>"],
    ['{"errors": ', '{"errors": '],
  ])("%j", (text, expected) => {
    expect(prettyResponseText(text)).toBe(expected);
  });
});
