import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import type { JsonPath } from "../json/json-path";
import { removeField } from "./remove-field";
import { applyEditsToOriginal } from "../text/text-edit";

const item: JsonPath = ["marketing_activity_datas", 0];
const lf = (...lines: string[]): string => lines.join("\n");
const crlf = (...lines: string[]): string => lines.join("\r\n");
const prettyItem = (...fieldLines: string[]): string => lf("{", '  "marketing_activity_datas": [', "    {", ...fieldLines.map((l) => `      ${l}`), "    }", "  ]", "}");

function after(text: string, path: JsonPath, name: string): string {
  const result = removeField(text, path, name);
  return result.ok ? applyEditsToOriginal(text, result.edits) : `error: ${result.error}`;
}

describe("removeField", () => {
  const cases: { name: string; before: string; field: string; after: string }[] = [
    { name: "first, with the comma after it", before: prettyItem('"order_num": 1,', '"click_num": 2,', '"open_sum": 3'), field: "order_num", after: prettyItem('"click_num": 2,', '"open_sum": 3') },
    { name: "middle", before: prettyItem('"order_num": 1,', '"click_num": 2,', '"open_sum": 3'), field: "click_num", after: prettyItem('"order_num": 1,', '"open_sum": 3') },
    { name: "last: no dangling comma, no blank line", before: prettyItem('"order_num": 1,', '"click_num": 2,', '"open_sum": 3'), field: "open_sum", after: prettyItem('"order_num": 1,', '"click_num": 2') },
    { name: "the only one leaves {}", before: prettyItem('"order_num": 1'), field: "order_num", after: lf("{", '  "marketing_activity_datas": [', "    {}", "  ]", "}") },
    {
      name: "a multi-line list value, CRLF and tabs kept",
      before: crlf("{", '\t"marketing_activity_datas": [', "\t\t{", '\t\t\t"regional_visit_list": [', "\t\t\t\t{", '\t\t\t\t\t"name": "ua"', "\t\t\t\t}", "\t\t\t],", '\t\t\t"order_num": 1', "\t\t}", "\t]", "}"),
      field: "regional_visit_list",
      after: crlf("{", '\t"marketing_activity_datas": [', "\t\t{", '\t\t\t"order_num": 1', "\t\t}", "\t]", "}"),
    },
    { name: "compact", before: '{"marketing_activity_datas":[{"order_num":1,"click_num":2}]}', field: "click_num", after: '{"marketing_activity_datas":[{"order_num":1}]}' },
    { name: "odd spacing around the comma", before: '{"marketing_activity_datas":[{"order_num" :  1 ,  "click_num":2}]}', field: "order_num", after: '{"marketing_activity_datas":[{"click_num":2}]}' },
    { name: "undocumented keys stay", before: '{"marketing_activity_datas":[{"x":0,"order_num":1,"y":2}]}', field: "order_num", after: '{"marketing_activity_datas":[{"x":0,"y":2}]}' },
    { name: "a duplicate: the one that counts goes", before: '{"marketing_activity_datas":[{"order_num":1,"order_num":2}]}', field: "order_num", after: '{"marketing_activity_datas":[{"order_num":1}]}' },
  ];
  it.each(cases)("$name", ({ before, field, after: expected }) => {
    expect(after(before, item, field)).toBe(expected);
  });

  it("removes a field of the documented example and nothing else", () => {
    expect(after(documentedExampleText, item, "purchase_num")).toBe(documentedExampleText.replace('      "purchase_num": 100,\n', ""));
  });

  it.each([
    ["an absent field", '{"marketing_activity_datas":[{}]}', item, "order_num", "marketing_activity_datas[0].order_num is absent"],
    ["an undocumented key", '{"marketing_activity_datas":[{"x":1}]}', item, "x", "marketing_activity_datas[0].x is not documented, so the form leaves it as it is"],
    ["from a non-object", '{"marketing_activity_datas":[1]}', item, "order_num", "marketing_activity_datas[0] is not an object"],
  ])("refuses %s", (_name, text, path, field, error) => {
    expect(removeField(text, path, field)).toEqual({ ok: false, error });
  });
});
