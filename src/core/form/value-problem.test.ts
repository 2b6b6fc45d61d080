import { describe, expect, it } from "vitest";
import { nodeAtPath, type JsonPath } from "../json/json-path";
import { parseJson } from "../json/parse-json";
import { fieldAt } from "./schema-fields";
import { describeValueProblem, displayValueOf } from "./value-problem";

const item: JsonPath = ["marketing_activity_datas", 0];
const custom: JsonPath = [...item, "custom_sale_data_list", 0];

function problemOf(fieldPath: JsonPath, valueText: string): string | undefined {
  const text = `{"v": ${valueText}}`;
  const { root } = parseJson(text);
  const node = nodeAtPath(root, ["v"]);
  const field = fieldAt(fieldPath);
  if (!node || !field) throw new Error("setup");
  return describeValueProblem(text, field, node);
}

describe("describeValueProblem", () => {
  it.each([
    [[...item, "order_num"], "100", undefined],
    [[...item, "order_num"], "9223372036854775807", undefined],
    [[...item, "order_num"], "-9223372036854775808", undefined],
    [[...item, "order_num"], "9223372036854775808", "Outside the signed 64-bit range"],
    [[...item, "order_num"], "1.5", "Not an integer"],
    [[...item, "order_num"], "1e3", "Write the integer without an exponent"],
    [[...item, "order_num"], '"100"', "Expected an integer, found a string"],
    [[...item, "occurred_on"], "1672246800000", undefined],
    [[...item, "occurred_on"], "1672246800", "Less than the minimum 1000000000000"],
    [[...item, "occurred_on"], "99999999999999", "More than the maximum 9999999999999"],
    [[...custom, "type"], "2", undefined],
    [[...custom, "type"], "4", "Expected one of 1 — amount, 2 — percent, 3 — numerical"],
    [[...custom, "type"], "2.0", "Expected one of 1 — amount, 2 — percent, 3 — numerical"],
    [[...custom, "type"], '"2"', "Expected one of 1 — amount, 2 — percent, 3 — numerical"],
    [[...custom, "name"], '"FackbookOrderCount"', undefined],
    [[...custom, "name"], '"FackbookOrderConversionRate"', "At most 20 characters (this has 27)"],
    [[...custom, "name"], "12", "Expected a string, found a number"],
    [[...item, "product_sale_list"], "[]", undefined],
    [[...item, "product_sale_list"], "{}", "Expected a list, found an object"],
    [["marketing_activity_datas"], "null", "Expected a list, found null"],
  ])("%j = %s → %s", (path, valueText, problem) => {
    expect(problemOf(path, valueText)).toBe(problem);
  });
});

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
