import { describe, expect, it } from "vitest";
import { nodeAtPath } from "../json/json-path";
import { parseJson } from "../json/parse-json";
import { displayValueOf } from "./display-value";

describe("displayValueOf", () => {
  it.each([
    ['"a\\"b\\u00e9"', 'a"bé'],
    ["9223372036854775807", "9223372036854775807"],
    ["1.50", "1.50"],
    ["[1, 2]", "[1, 2]"],
  ])("%s shows %s", (valueText, shown) => {
    const text = `{"v": ${valueText}}`;
    const node = nodeAtPath(parseJson(text).root, ["v"]);
    expect(node && displayValueOf(text, node)).toBe(shown);
  });
});
