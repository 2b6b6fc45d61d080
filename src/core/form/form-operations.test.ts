/**
 * The form's operations together: a body built from nothing but form operations, and bodies in
 * unusual layouts kept byte for byte except where an operation acts.
 */
import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import type { JsonPath } from "../json/json-path";
import { literalOf, parseJson, type JsonNode } from "../json/parse-json";
import { addField } from "./add-field";
import { buildFormModel } from "./form-model";
import { addListItem, duplicateListItem, moveListItem, removeListItem } from "./list-edits";
import { buildObjectModel } from "./object-model";
import { removeField } from "./remove-field";
import { setValue } from "./set-value";
import { type EditResult } from "./edit-result";
import { applyEditsToOriginal } from "../text/text-edit";

/**
 * A canonical text of the data, without JSON.parse: object keys sorted, integers compared as
 * exact BigInt text, strings by their decoded value. Two bodies hold the same data iff equal.
 */
function losslessData(text: string): string {
  const { root, syntaxErrors } = parseJson(text);
  if (!root || syntaxErrors.length > 0) throw new Error(`not JSON: ${syntaxErrors[0]?.message}`);
  const canonical = (node: JsonNode): string => {
    switch (node.type) {
      case "object": {
        const entries = (node.children ?? []).map((p) => [String(p.children?.[0]?.value), canonical(p.children?.[1] as JsonNode)] as const);
        if (new Set(entries.map(([key]) => key)).size !== entries.length) throw new Error("duplicate keys");
        return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`;
      }
      case "array":
        return `[${(node.children ?? []).map(canonical).join(",")}]`;
      case "number": {
        const literal = literalOf(text, node);
        return /^-?\d+$/.test(literal) ? BigInt(literal).toString() : literal;
      }
      case "string":
        return JSON.stringify(node.value);
      default:
        return literalOf(text, node);
    }
  };
  return canonical(root);
}

function apply(text: string, result: EditResult): string {
  if (!result.ok) throw new Error(result.error);
  return applyEditsToOriginal(text, result.edits);
}

const list: JsonPath = ["marketing_activity_datas"];
const item: JsonPath = [...list, 0];

describe("losslessData", () => {
  it("tells apart what JSON.parse would confuse, and ignores layout and key order", () => {
    expect(losslessData('{"a": 9007199254740993}')).not.toBe(losslessData('{"a": 9007199254740992}'));
    expect(losslessData('{\n\t"b": "\\u0041", "a": [1]\n}')).toBe(losslessData('{"a":[1],"b":"A"}'));
  });
});

describe("building the documented example with form operations only", () => {
  // The form proposes the page's example adjusted to the documented limits: its one over-long
  // name (27 characters, limit 20) comes shortened at a word boundary.
  const example = losslessData(documentedExampleText.replace('"FackbookOrderConversionRate"', '"FackbookOrder"'));

  it("from {}: add the list", () => {
    const text = apply("{}", addField("{}", [], "marketing_activity_datas"));
    expect(losslessData(text)).toBe(example);
  });

  it('from {"marketing_activity_datas": []}: add an item', () => {
    const start = '{"marketing_activity_datas": []}';
    const text = apply(start, addListItem(start, list));
    expect(losslessData(text)).toBe(example);
  });

  it("from {}: empty the item, then add back each field in the page's order and fill it in", () => {
    let text = apply("{}", addListItem("{}", list));
    const model = buildFormModel(text);
    if (!model.ok) throw new Error("setup");
    const itemModel = buildObjectModel(text, model.root, item);
    for (const entry of itemModel.ok ? itemModel.fields : []) text = apply(text, removeField(text, item, entry.field.name));
    expect(text).toBe('{\n  "marketing_activity_datas": [\n    {}\n  ]\n}');

    // The page's key order, read from its example.
    const exampleRoot = parseJson(documentedExampleText).root;
    const pageOrder = (exampleRoot?.children?.[0]?.children?.[1]?.children?.[0]?.children ?? []).map((p) => String(p.children?.[0]?.value));
    for (const name of pageOrder) {
      const field = [...item, name];
      const isList = name.endsWith("_list");
      // Lists: add them empty-handed through addListItem (which creates them), then a second item and remove it.
      if (isList) {
        text = apply(text, addListItem(text, field));
        text = apply(text, duplicateListItem(text, field, 0));
        text = apply(text, removeListItem(text, field, 1));
      } else {
        text = apply(text, addField(text, item, name));
      }
    }
    // A few values changed and changed back, through the same inputs a person uses.
    text = apply(text, setValue(text, [...item, "old_buyer_sum"], "9223372036854775807"));
    text = apply(text, setValue(text, [...item, "marketing_event_id"], "MA_x"));
    text = apply(text, setValue(text, [...item, "custom_sale_data_list", 0, "type"], 1));
    expect(losslessData(text)).not.toBe(example);
    text = apply(text, setValue(text, [...item, "old_buyer_sum"], "1001672246800000"));
    text = apply(text, setValue(text, [...item, "marketing_event_id"], "MA_12323312324"));
    text = apply(text, setValue(text, [...item, "custom_sale_data_list", 0, "type"], 3));
    expect(losslessData(text)).toBe(example);
  });

  it("moves and duplicates items of a two-item body as data says", () => {
    let text = apply(documentedExampleText, addListItem(documentedExampleText, list));
    text = apply(text, setValue(text, [...list, 1, "marketing_event_id"], "MA_second"));
    const moved = apply(text, moveListItem(text, list, 1, -1));
    const model = buildFormModel(moved);
    expect(model.ok && model.items.map((i) => i.summary.split(" · ")[0])).toEqual(["MA_second", "MA_12323312324"]);
    expect(losslessData(apply(moved, moveListItem(moved, list, 0, 1)))).toBe(losslessData(text));
  });
});

describe("a body in an unusual layout survives byte for byte", () => {
  // Tabs, CRLF, a one-line nested list, keys in odd order, spaces around colons, an undocumented key.
  const odd = [
    "{",
    '\t"marketing_activity_datas" :[',
    "\t\t{",
    '\t\t\t"occurred_on":    1672246800000,',
    '\t\t\t"x_internal" : {"keep": [1, 2.50, 9007199254740993]},',
    '\t\t\t"order_num"   :  100 ,',
    '\t\t\t"custom_sale_data_list": [{"type":3,"name":"FackbookOrderCount","value":"100","tool_tips":"Order from Fackbook count"}],',
    '\t\t\t"marketing_event_id":"MA_1"',
    "\t\t}",
    "\t]",
    "}",
  ].join("\r\n");

  it.each([
    ["set an integer", setValue(odd, [...item, "order_num"], "-9223372036854775808"), "100", "-9223372036854775808"],
    ["set a string", setValue(odd, [...item, "marketing_event_id"], "MA_😀"), '"MA_1"', '"MA_😀"'],
    ["set an enum", setValue(odd, [...item, "custom_sale_data_list", 0, "type"], 2), '"type":3', '"type":2'],
    ["remove a field", removeField(odd, item, "order_num"), '\t\t\t"order_num"   :  100 ,\r\n', ""],
    // The colon is spaced like the object's first key (`"occurred_on":    …` → `": "`).
    ["add a field at the end", addField(odd, item, "click_num"), '"MA_1"\r\n', '"MA_1",\r\n\t\t\t"click_num": 100\r\n'],
    [
      "duplicate a one-line item",
      duplicateListItem(odd, [...item, "custom_sale_data_list"], 0),
      '"Order from Fackbook count"}]',
      '"Order from Fackbook count"},{"type":3,"name":"FackbookOrderCount","value":"100","tool_tips":"Order from Fackbook count"}]',
    ],
  ])("%s: only the touched characters change", (_name, result, from, to) => {
    const after = apply(odd, result);
    expect(after).toBe(odd.replace(from, to));
    expect(() => losslessData(after)).not.toThrow();
  });

  it("keeps the undocumented key and the unsafe number in it, read-only", () => {
    const model = buildFormModel(odd);
    if (!model.ok) throw new Error("setup");
    const itemModel = buildObjectModel(odd, model.root, item);
    expect(itemModel.ok && itemModel.undocumented.map((entry) => [entry.key, entry.raw])).toEqual([["x_internal", '{"keep": [1, 2.50, 9007199254740993]}']]);
  });
});
