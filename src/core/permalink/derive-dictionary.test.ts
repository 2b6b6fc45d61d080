import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { deriveDictionaryText, minifyJsonText } from "./derive-dictionary";
import type { SchemaNode } from "../../endpoint/schema";

const schema: SchemaNode = {
  type: "object",
  properties: {
    list: { type: "array", items: { type: "object", properties: { id: { type: "string", examples: ["A1"] }, n: { type: "integer" } } } },
    name: { type: "string" },
  },
};

describe("deriveDictionaryText", () => {
  it("joins the compact skeleton, the indented skeleton, the minified and the verbatim example, then the URLs", () => {
    const example = '{ "name": "x" }';
    const compact = '{"list":[{"id":"A1","n":0}],"name":""}';
    const indented = JSON.stringify(JSON.parse(compact), null, 2);
    expect(deriveDictionaryText({ schema, exampleText: example, baseUrls: ["http://h/v1"] })).toBe(
      compact + indented + '{"name":"x"}' + example + "http://h/v1",
    );
  });
});

describe("minifyJsonText", () => {
  it.each([
    ['{ "a" : [ 1 , 2 ] }', '{"a":[1,2]}'],
    ['{"s": "keep  spaces\\t and \\" quotes "}', '{"s":"keep  spaces\\t and \\" quotes "}'],
    ['{"big":\n  12345678901234567890123}', '{"big":12345678901234567890123}'],
    ['"escaped backslash \\\\" , 1', '"escaped backslash \\\\",1'],
  ])("%j → %j", (input, expected) => {
    expect(minifyJsonText(input)).toBe(expected);
  });

  it("gives the same value as the input for any JSON", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const pretty = JSON.stringify(JSON.parse(text), null, 2);
        expect(JSON.parse(minifyJsonText(pretty))).toEqual(JSON.parse(text));
      }),
    );
  });
});
