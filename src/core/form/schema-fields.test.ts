import { describe, expect, it } from "vitest";
import { bodySchema, type SchemaNode } from "../../endpoint/schema";
import { propertiesOf, schemaAt } from "../schema/schema-nav";
import { fieldAt, objectFieldsAt, pathPattern, schemaFieldsOf } from "./schema-fields";

const item = ["marketing_activity_datas", 0] as const;

describe("schemaFieldsOf", () => {
  it("lists the body's one field, not required (the page marks nothing required)", () => {
    const [list, ...rest] = schemaFieldsOf(bodySchema);
    expect(rest).toEqual([]);
    expect(list?.minItems).toBeUndefined();
    expect(list).toMatchObject({
      name: "marketing_activity_datas",
      pathPattern: "marketing_activity_datas",
      kind: "list",
      required: false,
      description: "Marketing event data, statistical data is full data",
    });
  });

  it("describes every item property, in the schema's order, none required", () => {
    const itemSchema = schemaAt(bodySchema, [...item]) as SchemaNode;
    const fields = objectFieldsAt([...item]) ?? [];
    expect(fields.map((field) => field.name)).toEqual(Object.keys(propertiesOf(itemSchema)));
    expect(fields.every((field) => !field.required && field.description !== "")).toBe(true);
    // 22 longs (21 counters and occurred_on), 1 string, 4 lists: as the page documents them.
    const kinds = fields.map((field) => field.kind);
    expect(kinds.filter((kind) => kind === "int64")).toHaveLength(22);
    expect(kinds.filter((kind) => kind === "string")).toHaveLength(1);
    expect(kinds.filter((kind) => kind === "list")).toHaveLength(4);
  });

  it("turns long into int64 with its example and limits", () => {
    expect(fieldAt([...item, "old_buyer_sum"])).toMatchObject({ kind: "int64", example: 1001672246800000, description: "Number of old buyer" });
    const occurredOn = fieldAt([...item, "occurred_on"]);
    expect(occurredOn).toMatchObject({ kind: "int64", minimum: 1000000000000, maximum: 9999999999999, timestamp: "epoch-ms", example: 1672246800000 });
    expect(fieldAt([...item, "order_num"])?.timestamp).toBeUndefined();
  });

  it("labels the enum's options from enum + enumDescriptions", () => {
    const type = fieldAt([...item, "custom_sale_data_list", 0, "type"]);
    expect(type).toMatchObject({ kind: "integer-enum", example: 3, pathPattern: "marketing_activity_datas[].custom_sale_data_list[].type" });
    expect(type?.enumOptions).toEqual([
      { value: 1, label: "1 — amount" },
      { value: 2, label: "2 — percent" },
      { value: 3, label: "3 — numerical" },
    ]);
  });

  it("keeps string limits and list limits", () => {
    expect(fieldAt([...item, "regional_visit_list", 0, "name"])).toMatchObject({ kind: "string", maxLength: 200, example: "ua" });
    expect(fieldAt([...item, "custom_activity_engagement_list", 3, "tool_tips"])).toMatchObject({ kind: "string", maxLength: 30 });
    expect(fieldAt([...item, "marketing_event_id"])?.maxLength).toBeUndefined();
    expect(fieldAt([...item, "regional_visit_list"])).toMatchObject({ kind: "list", maxItems: 5 });
    expect(fieldAt([...item, "product_sale_list"])?.maxItems).toBeUndefined();
  });

  it("builds list examples from their items' examples", () => {
    expect(fieldAt([...item, "product_sale_list"])?.example).toEqual([{ product_id: "16062938070772167548642145", count: 100 }]);
  });

  it("answers nothing for undocumented places", () => {
    expect(fieldAt([...item, "nope"])).toBeUndefined();
    expect(fieldAt([...item])).toBeUndefined();
    expect(objectFieldsAt([...item, "order_num"])).toBeUndefined();
    expect(objectFieldsAt(["nope"])).toBeUndefined();
  });

  it("refuses schema shapes it has no input for, rather than guessing", () => {
    expect(() => schemaFieldsOf({ type: "object", properties: { flag: { type: "boolean" } } })).toThrow(/flag/);
    expect(() => schemaFieldsOf({ type: "object", properties: { tags: { type: "array", items: { type: "string" } } } })).toThrow(/tags/);
  });

  it("returns the same descriptors on every call (cached)", () => {
    expect(objectFieldsAt([...item])).toBe(objectFieldsAt(["marketing_activity_datas", 7]));
  });
});

describe("pathPattern", () => {
  it.each([
    [[], ""],
    [["marketing_activity_datas"], "marketing_activity_datas"],
    [["marketing_activity_datas", 3, "regional_visit_list", 0, "name"], "marketing_activity_datas[].regional_visit_list[].name"],
  ])("%j → %s", (path, pattern) => {
    expect(pathPattern(path)).toBe(pattern);
  });
});
