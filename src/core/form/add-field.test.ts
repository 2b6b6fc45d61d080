import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import type { JsonPath } from "../json/json-path";
import { parseJson } from "../json/parse-json";
import { addField, insertionIndex } from "./add-field";
import { objectFieldsAt } from "./schema-fields";
import { applyEditsToOriginal } from "../text/text-edit";

const item: JsonPath = ["marketing_activity_datas", 0];
const lf = (...lines: string[]): string => lines.join("\n");
const crlf = (...lines: string[]): string => lines.join("\r\n");

function after(text: string, objectPath: JsonPath, name: string): string {
  const result = addField(text, objectPath, name);
  return result.ok ? applyEditsToOriginal(text, result.edits) : `error: ${result.error}`;
}

/** An item holding `fieldLines`, in the documented example's 2-space layout. */
const prettyItem = (...fieldLines: string[]): string => lf("{", '  "marketing_activity_datas": [', "    {", ...fieldLines.map((l) => `      ${l}`), "    }", "  ]", "}");

describe("addField", () => {
  const cases: { name: string; before: string; path: JsonPath; field: string; after: string }[] = [
    {
      name: "keys in schema order: the new one takes its place",
      before: prettyItem('"order_num": 1,', '"impression_num": 2'),
      path: item,
      field: "occurred_on",
      after: prettyItem('"order_num": 1,', '"occurred_on": 1672246800000,', '"impression_num": 2'),
    },
    {
      name: "in schema order, last",
      before: prettyItem('"order_num": 1,', '"impression_num": 2'),
      path: item,
      field: "get_unit_cost",
      after: prettyItem('"order_num": 1,', '"impression_num": 2,', '"get_unit_cost": 100'),
    },
    {
      name: "in schema order, first",
      before: prettyItem('"impression_num": 2'),
      path: item,
      field: "order_num",
      after: prettyItem('"order_num": 100,', '"impression_num": 2'),
    },
    {
      name: "an undocumented key stays next to its neighbour",
      before: prettyItem('"order_num": 1,', '"x_note": "keep",', '"impression_num": 2'),
      path: item,
      field: "visitor_amount",
      after: prettyItem('"order_num": 1,', '"visitor_amount": 100,', '"x_note": "keep",', '"impression_num": 2'),
    },
    {
      name: "keys in odd order (tabs, CRLF): at the end, a list in the same style",
      before: crlf("{", '\t"marketing_activity_datas": [', "\t\t{", '\t\t\t"click_num": 1,', '\t\t\t"order_num": 2', "\t\t}", "\t]", "}"),
      path: item,
      field: "regional_visit_list",
      after: crlf(
        "{",
        '\t"marketing_activity_datas": [',
        "\t\t{",
        '\t\t\t"click_num": 1,',
        '\t\t\t"order_num": 2,',
        '\t\t\t"regional_visit_list": [',
        "\t\t\t\t{",
        '\t\t\t\t\t"count": 100,',
        '\t\t\t\t\t"name": "ua"',
        "\t\t\t\t}",
        "\t\t\t]",
        "\t\t}",
        "\t]",
        "}",
      ),
    },
    {
      name: "compact one-line body stays one line",
      before: '{"marketing_activity_datas":[{"order_num":1}]}',
      path: item,
      field: "custom_sale_data_list",
      after: '{"marketing_activity_datas":[{"order_num":1,"custom_sale_data_list":[{"name":"FackbookOrderCount","tool_tips":"Order from Fackbook count","type":3,"value":"100"}]}]}',
    },
    {
      name: "one line with spaces inside the braces",
      before: '{ "marketing_activity_datas": [ { "order_num": 1 } ] }',
      path: item,
      field: "visitor_amount",
      after: '{ "marketing_activity_datas": [ { "order_num": 1, "visitor_amount": 100 } ] }',
    },
    {
      name: "empty object in a pretty body",
      before: lf("{", '  "marketing_activity_datas": [', "    {}", "  ]", "}"),
      path: item,
      field: "product_sale_list",
      after: prettyItem('"product_sale_list": [', "  {", '    "product_id": "16062938070772167548642145",', '    "count": 100', "  }", "]"),
    },
    {
      name: "empty object in a compact body",
      before: '{"marketing_activity_datas":[{"order_num":1},{}]}',
      path: ["marketing_activity_datas", 1],
      field: "order_num",
      after: '{"marketing_activity_datas":[{"order_num":1},{"order_num":100}]}',
    },
    {
      name: "extra spaces after a colon are one person's alignment, not the style",
      before: prettyItem('"order_num":     1'),
      path: item,
      field: "click_num",
      after: prettyItem('"order_num":     1,', '"click_num": 100'),
    },
    {
      name: "no space after colons is the style",
      before: prettyItem('"order_num":1'),
      path: item,
      field: "click_num",
      after: prettyItem('"order_num":1,', '"click_num":100'),
    },
  ];
  it.each(cases)("$name", ({ before, path, field, after: expected }) => {
    expect(after(before, path, field)).toBe(expected);
  });

  it("gives an empty body the list with the whole documented item, indented", () => {
    const text = after("{}", [], "marketing_activity_datas");
    expect(text.startsWith(lf("{", '  "marketing_activity_datas": [', "    {", '      "order_num": 100,', '      "visitor_amount": 100,'))).toBe(true);
    expect(text.endsWith(lf('      "get_unit_cost": 100', "    }", "  ]", "}"))).toBe(true);
    // 3 opening lines, 23 scalar fields, 2 lists of 2-field items (6 lines each), 2 of 4-field items (8 each), 3 closing lines.
    expect(text.split("\n")).toHaveLength(3 + 23 + 2 * 6 + 2 * 8 + 3);
  });

  it("appends to the documented example, whose keys are not in schema order", () => {
    const text = documentedExampleText.replace('      "click_num": 100,\n', "");
    const expected = documentedExampleText.replace('      "click_num": 100,\n', "").replace('"impression_num": 100\n', '"impression_num": 100,\n      "click_num": 100\n');
    expect(after(text, item, "click_num")).toBe(expected);
  });

  it("points at the new field", () => {
    expect(addField("{}", [], "marketing_activity_datas")).toMatchObject({ ok: true, focusPath: ["marketing_activity_datas"] });
  });

  it.each([
    ["a present field", documentedExampleText, item, "order_num", "marketing_activity_datas[0].order_num is already there"],
    ["an undocumented field", documentedExampleText, item, "dry_run", "marketing_activity_datas[0].dry_run is not documented"],
    ["into a non-object", '{"marketing_activity_datas":[1]}', item, "order_num", "marketing_activity_datas[0] is not an object"],
  ])("refuses %s", (_name, text, path, field, error) => {
    expect(addField(text, path, field)).toEqual({ ok: false, error });
  });
});

describe("insertionIndex", () => {
  const fields = objectFieldsAt(item) ?? [];
  it.each([
    ['{"order_num": 1, "impression_num": 2}', "occurred_on", 1],
    ['{"order_num": 1, "impression_num": 2}', "get_unit_cost", 2],
    ['{"impression_num": 2}', "order_num", 0],
    ['{"x": 0, "impression_num": 2}', "order_num", 1],
    ['{"impression_num": 2, "order_num": 1}', "occurred_on", 2],
    ["{}", "order_num", 0],
  ])("in %s, %s goes at %i", (text, name, index) => {
    const { root } = parseJson(text);
    expect(root && insertionIndex(root, fields, name)).toBe(index);
  });
});
