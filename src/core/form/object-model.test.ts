import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import type { JsonPath } from "../json/json-path";
import { parseJson } from "../json/parse-json";
import { buildObjectModel, type ObjectModel, type PresentField } from "./object-model";
import { objectFieldsAt } from "./schema-fields";

const item: JsonPath = ["marketing_activity_datas", 0];

function modelAt(text: string, path: JsonPath): ObjectModel {
  const { root } = parseJson(text);
  if (!root) throw new Error("setup");
  return buildObjectModel(text, root, path);
}

function fieldsOf(model: ObjectModel): readonly PresentField[] {
  if (!model.ok) throw new Error(model.error);
  return model.fields;
}

describe("buildObjectModel", () => {
  it("lists every field of the documented item, in schema order, nothing to add", () => {
    const model = modelAt(documentedExampleText, item);
    expect(model.ok && model.legend).toBe("marketing_activity_datas[0]");
    expect(fieldsOf(model).map((entry) => entry.field.name)).toEqual(objectFieldsAt(item)?.map((field) => field.name));
    expect(model.ok && model.addChoices).toEqual([]);
    expect(model.ok && model.undocumented).toEqual([]);
  });

  it("reads integers as their literal text, never through a JS number", () => {
    const text = '{"marketing_activity_datas": [{"order_num": 9223372036854775807, "click_num": -9223372036854775808}]}';
    const [order, click] = fieldsOf(modelAt(text, item)).filter((entry) => entry.kind === "int64");
    expect(order).toMatchObject({ kind: "int64", literal: "9223372036854775807", displayValue: "9223372036854775807", label: "marketing_activity_datas[0].order_num" });
    expect(click).toMatchObject({ literal: "-9223372036854775808" });
    expect(text.slice(order?.valueSpan.offset, (order?.valueSpan.offset ?? 0) + (order?.valueSpan.length ?? 0))).toBe("9223372036854775807");
  });

  it("gives strings their literal, decoded value and counter", () => {
    const text = '{"name": "caf\\u00e9 \\"x\\"", "tool_tips": "Order from Fackbook count", "type": 3, "value": "1"}';
    const [name, toolTips, type, value] = fieldsOf(modelAt(`{"marketing_activity_datas": [{"custom_sale_data_list": [${text}]}]}`, [...item, "custom_sale_data_list", 0]));
    expect(name).toMatchObject({ kind: "string", literal: '"caf\\u00e9 \\"x\\""', displayValue: 'café "x"', counter: { length: 8, max: 20, label: "8 / 20", atLimit: false } });
    expect(toolTips).toMatchObject({ counter: { length: 25, max: 30 } });
    expect(type).toMatchObject({ kind: "integer-enum", literal: "3", selected: 3 });
    expect(value).toMatchObject({ kind: "string", displayValue: "1" });
    expect(value && "counter" in value).toBe(false);
  });

  it("gives timestamps their instant", () => {
    const occurred = fieldsOf(modelAt(documentedExampleText, item)).find((entry) => entry.field.timestamp);
    expect(occurred).toMatchObject({ kind: "int64", literal: "1672246800000", isoUtc: "2022-12-28T17:00:00.000Z" });
  });

  it("summarises nested lists instead of expanding them", () => {
    const list = fieldsOf(modelAt(documentedExampleText, item)).find((entry) => entry.field.name === "regional_visit_list");
    expect(list?.kind === "list" && list.list.items.map((i) => i.summary)).toEqual(["ua"]);
  });

  it("offers absent fields as add choices, in schema order", () => {
    const model = modelAt('{"marketing_activity_datas": [{"marketing_event_id": "MA_1", "order_num": 1}]}', item);
    const choices = model.ok ? model.addChoices.map((field) => field.name) : [];
    expect(choices).toEqual(objectFieldsAt(item)?.map((f) => f.name).filter((name) => name !== "marketing_event_id" && name !== "order_num"));
  });

  it("keeps undocumented keys and shadowed duplicates, read-only, in document order", () => {
    const text = '{"marketing_activity_datas": [{"order_num": 1, "note": {"x": [1]}, "order_num": 2, "Order_Num": 3}]}';
    const model = modelAt(text, item);
    expect(fieldsOf(model).map((entry) => (entry.kind === "int64" ? entry.literal : ""))).toEqual(["2"]);
    expect(model.ok && model.undocumented).toEqual([
      { key: "order_num", path: [...item, "order_num"], label: "marketing_activity_datas[0].order_num", reason: "duplicate key (the last one counts)", raw: "1", span: { offset: 31, length: 14 } },
      { key: "note", path: [...item, "note"], label: "marketing_activity_datas[0].note", reason: "not documented", raw: '{"x": [1]}', span: { offset: 47, length: 18 } },
      { key: "Order_Num", path: [...item, "Order_Num"], label: "marketing_activity_datas[0].Order_Num", reason: "not documented", raw: "3", span: { offset: 83, length: 14 } },
    ]);
  });

  it("models the root, and objects the schema does not know as all-undocumented", () => {
    const root = modelAt('{"marketing_activity_datas": [], "extra": true}', []);
    expect(root.ok && root.legend).toBe("(body)");
    expect(root.ok && root.undocumented.map((entry) => entry.key)).toEqual(["extra"]);
    const unknown = modelAt('{"x": {"a": 1}}', ["x"]);
    expect(unknown.ok && [unknown.fields, unknown.addChoices, unknown.undocumented.map((entry) => entry.key)]).toEqual([[], [], ["a"]]);
  });

  it.each([
    ['{"marketing_activity_datas": [1]}', "Expected an object at marketing_activity_datas[0], found a number"],
    ['{"marketing_activity_datas": []}', "Nothing at marketing_activity_datas[0]"],
  ])("%s is no object", (text, error) => {
    expect(modelAt(text, item)).toEqual({ ok: false, path: item, error });
  });
});
