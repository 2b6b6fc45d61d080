import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import type { JsonPath } from "../json/json-path";
import { addListItem, duplicateListItem, moveListItem, removeListItem } from "./list-edits";
import { type EditResult } from "./edit-result";
import { applyEditsToOriginal } from "../text/text-edit";

const list: JsonPath = ["marketing_activity_datas"];
const regional: JsonPath = ["marketing_activity_datas", 0, "regional_visit_list"];
const lf = (...lines: string[]): string => lines.join("\n");

function apply(text: string, result: EditResult): string {
  return result.ok ? applyEditsToOriginal(text, result.edits) : `error: ${result.error}`;
}

/** A body whose one item holds a regional_visit_list of `items` (one line each). */
const withRegions = (...items: string[]): string =>
  lf("{", '  "marketing_activity_datas": [', "    {", '      "regional_visit_list": [', items.map((i) => `        ${i}`).join(",\n"), "      ]", "    }", "  ]", "}");
const regions = (n: number): string[] => Array.from({ length: n }, (_, i) => `{"name": "r${i}", "count": ${i}}`);

describe("addListItem", () => {
  it.each([
    ["one-line items stay one-line", withRegions('{"count": 1, "name": "a"}'), regional, withRegions('{"count": 1, "name": "a"}', '{"count": 100, "name": "ua"}')],
    [
      "into an empty list, pretty",
      lf("{", '  "marketing_activity_datas": [', "    {", '      "regional_visit_list": []', "    }", "  ]", "}"),
      regional,
      lf("{", '  "marketing_activity_datas": [', "    {", '      "regional_visit_list": [', "        {", '          "count": 100,', '          "name": "ua"', "        }", "      ]", "    }", "  ]", "}"),
    ],
    ["compact", '{"marketing_activity_datas":[{"regional_visit_list":[{"count":1,"name":"a"}]}]}', regional, '{"marketing_activity_datas":[{"regional_visit_list":[{"count":1,"name":"a"},{"count":100,"name":"ua"}]}]}'],
    ["creates an absent list (via addField)", '{"marketing_activity_datas":[{"order_num":1}]}', regional, '{"marketing_activity_datas":[{"order_num":1,"regional_visit_list":[{"count":100,"name":"ua"}]}]}'],
  ])("%s", (_name, before, path, after) => {
    expect(apply(before, addListItem(before, path))).toBe(after);
  });

  it("adds a pre-filled item after the documented one, in the same layout", () => {
    const result = addListItem(documentedExampleText, list);
    const text = apply(documentedExampleText, result);
    expect(result).toMatchObject({ ok: true, focusPath: ["marketing_activity_datas", 1] });
    expect(text.startsWith(documentedExampleText.slice(0, documentedExampleText.lastIndexOf("    }") + 5) + ",\n    {\n      \"order_num\": 100,\n")).toBe(true);
    expect(text.endsWith('      "get_unit_cost": 100\n    }\n  ]\n}')).toBe(true);
  });

  it("points at the item of a list it created", () => {
    expect(addListItem('{"marketing_activity_datas":[{}]}', regional)).toMatchObject({ ok: true, focusPath: [...regional, 0] });
  });

  it("refuses at maxItems, with the reason", () => {
    expect(addListItem(withRegions(...regions(4)), regional).ok).toBe(true);
    expect(addListItem(withRegions(...regions(5)), regional)).toEqual({ ok: false, error: "at most 5 items" });
  });

  it.each([
    ["not a documented list", documentedExampleText, ["marketing_activity_datas", 0, "order_num"], "marketing_activity_datas[0].order_num is not a documented list"],
    ["not a list in the body", '{"marketing_activity_datas":[{"regional_visit_list":{}}]}', regional, "marketing_activity_datas[0].regional_visit_list is not a list"],
  ])("refuses %s", (_name, text, path, error) => {
    expect(addListItem(text, path)).toEqual({ ok: false, error });
  });
});

describe("removeListItem", () => {
  it.each([
    ["the first", withRegions(...regions(3)), 0, withRegions(...regions(3).slice(1))],
    ["a middle one", withRegions(...regions(3)), 1, withRegions(regions(3)[0] ?? "", regions(3)[2] ?? "")],
    ["the last", withRegions(...regions(3)), 2, withRegions(...regions(3).slice(0, 2))],
    ["the only one leaves []", withRegions(...regions(1)), 0, lf("{", '  "marketing_activity_datas": [', "    {", '      "regional_visit_list": []', "    }", "  ]", "}")],
  ])("%s", (_name, before, index, after) => {
    expect(apply(before, removeListItem(before, regional, index))).toBe(after);
  });

  it("removes the documented item, leaving []", () => {
    expect(apply(documentedExampleText, removeListItem(documentedExampleText, list, 0))).toBe('{\n  "marketing_activity_datas": []\n}');
  });

  it("refuses an item that does not exist", () => {
    expect(removeListItem(withRegions(...regions(1)), regional, 1)).toEqual({ ok: false, error: "marketing_activity_datas[0].regional_visit_list[1] does not exist" });
    expect(removeListItem('{"marketing_activity_datas":[{}]}', regional, 0).ok).toBe(false);
  });
});

describe("moveListItem", () => {
  const [a, b, c] = ['{"name": "a", "count": 1}', '{\n          "count": 2, "name": "b"\n        }', '{"name":"c","count":3}'];
  const before = withRegions(a ?? "", b ?? "", c ?? "");

  it.each([
    ["down", 0, 1 as const, withRegions(b ?? "", a ?? "", c ?? ""), 1],
    ["up", 2, -1 as const, withRegions(a ?? "", c ?? "", b ?? ""), 1],
  ])("%s: the two items' texts trade places exactly", (_name, index, delta, after, focus) => {
    const result = moveListItem(before, regional, index, delta);
    expect(apply(before, result)).toBe(after);
    expect(result).toMatchObject({ focusPath: [...regional, focus] });
  });

  it.each([
    [0, -1 as const, "Already the first item"],
    [2, 1 as const, "Already the last item"],
    [3, 1 as const, "marketing_activity_datas[0].regional_visit_list[3] does not exist"],
  ])("refuses item %i by %i", (index, delta, error) => {
    expect(moveListItem(before, regional, index, delta)).toEqual({ ok: false, error });
  });
});

describe("duplicateListItem", () => {
  it.each([
    ["the documented item, exactly", documentedExampleText, list, 0, (() => {
      const open = documentedExampleText.indexOf("    {");
      const close = documentedExampleText.lastIndexOf("    }") + 5;
      const itemText = documentedExampleText.slice(open + 4, close);
      return documentedExampleText.slice(0, close) + ",\n    " + itemText + documentedExampleText.slice(close);
    })()],
    ["a middle item, right after it", withRegions(...regions(3)), regional, 1, withRegions(regions(3)[0] ?? "", regions(3)[1] ?? "", regions(3)[1] ?? "", regions(3)[2] ?? "")],
    ["compact", '{"marketing_activity_datas":[{"order_num":1}]}', list, 0, '{"marketing_activity_datas":[{"order_num":1},{"order_num":1}]}'],
  ])("%s", (_name, before, path, index, after) => {
    const result = duplicateListItem(before, path, index);
    expect(apply(before, result)).toBe(after);
    expect(result).toMatchObject({ focusPath: [...path, index + 1] });
  });

  it("refuses at maxItems and for missing items", () => {
    expect(duplicateListItem(withRegions(...regions(5)), regional, 0)).toEqual({ ok: false, error: "at most 5 items" });
    expect(duplicateListItem(withRegions(...regions(2)), regional, 2)).toEqual({ ok: false, error: "marketing_activity_datas[0].regional_visit_list[2] does not exist" });
  });
});
