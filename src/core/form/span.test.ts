import { describe, expect, it } from "vitest";
import { parseJson } from "../json/parse-json";
import { describeNodeType, isContainer, spanEnd, spanOf } from "./span";

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

describe("spanEnd and isContainer", () => {
  it.each([
    ['[1, 2]', 6, true],
    ['{"a": 1}', 8, true],
    ['  "x"', 5, false],
    ["1.5", 3, false],
  ])("%j ends at %i; a container: %s", (text, stop, container) => {
    const { root } = parseJson(text);
    expect(root && spanEnd(root)).toBe(stop);
    expect(root && isContainer(root)).toBe(container);
  });
});

describe("spanOf", () => {
  it("is the node's offset and length", () => {
    const { root } = parseJson('  {"a": 1}');
    expect(root && spanOf(root)).toEqual({ offset: 2, length: 8 });
  });
});
