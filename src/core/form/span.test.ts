import { describe, expect, it } from "vitest";
import { parseJson } from "../json/parse-json";
import { describeNodeType, spanOf } from "./span";

describe("describeNodeType", () => {
  it.each([
    ["[]", "a list"],
    ["{}", "an object"],
    ['"x"', "a string"],
    ["1.5", "a number"],
    ["true", "true/false"],
    ["null", "null"],
  ])("%s is %s", (text, words) => {
    const { root } = parseJson(text);
    expect(root && describeNodeType(root)).toBe(words);
  });
});

describe("spanOf", () => {
  it("is the node's offset and length", () => {
    const { root } = parseJson('  {"a": 1}');
    expect(root && spanOf(root)).toEqual({ offset: 2, length: 8 });
  });
});
