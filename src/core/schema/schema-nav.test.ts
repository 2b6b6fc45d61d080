import { describe, expect, it } from "vitest";
import { bodySchema, type SchemaNode } from "../../endpoint/schema";
import { describeType, enumOptions, isInt64, isSchemaNode, itemsOf, propertiesOf, schemaAt } from "./schema-nav";

const item = ["marketing_activity_datas", 0] as const;

describe("schemaAt", () => {
  it.each([
    { path: [], expected: bodySchema },
    { path: ["marketing_activity_datas"], expected: propertiesOf(bodySchema)["marketing_activity_datas"] },
    { path: [...item, "order_num"], type: "integer" },
    { path: [...item, "marketing_event_id"], type: "string" },
    { path: [...item, "custom_sale_data_list", 3, "type"], type: "integer" },
    { path: [...item, "product_sale_list", 0, "product_id"], type: "string" },
  ])("finds the schema at $path", ({ path, expected, type }) => {
    const found = schemaAt(bodySchema, path);
    if (expected) expect(found).toBe(expected);
    else expect(found?.["type"]).toBe(type);
  });

  it.each([[["nope"]], [[...item, "nope"]], [[...item, "order_num", "deeper"]], [["marketing_activity_datas", "zero"]]])(
    "is undefined where the schema says nothing: %j",
    (path) => expect(schemaAt(bodySchema, path)).toBeUndefined(),
  );
});

describe("schema helpers", () => {
  it("propertiesOf and itemsOf read only object-shaped parts", () => {
    expect(propertiesOf(undefined)).toEqual({});
    expect(propertiesOf({ properties: [] } as unknown as SchemaNode)).toEqual({});
    expect(itemsOf({ items: "x" } as unknown as SchemaNode)).toBeUndefined();
    expect(Object.keys(propertiesOf(itemsOf(propertiesOf(bodySchema)["marketing_activity_datas"])))).toContain("occurred_on");
  });

  it.each([
    [{}, true],
    [null, false],
    [[], false],
    ["string", false],
  ])("isSchemaNode(%j) is %s", (value, expected) => expect(isSchemaNode(value)).toBe(expected));

  it("isInt64 needs both the integer type and the int64 format", () => {
    expect(isInt64({ type: "integer", format: "int64" })).toBe(true);
    expect(isInt64({ type: "integer" })).toBe(false);
    expect(isInt64({ type: "string", format: "int64" })).toBe(false);
    expect(isInt64(undefined)).toBe(false);
  });

  it("enumOptions pairs values with their labels, falling back to the value", () => {
    expect(enumOptions({ enum: [1, 2, "x", {}], enumDescriptions: ["one"] })).toEqual([
      { value: 1, label: "one" },
      { value: 2, label: "2" },
      { value: "x", label: "x" },
    ]);
    expect(enumOptions({})).toEqual([]);
  });

  it.each([
    [undefined, "not documented"],
    [{ type: "integer", format: "int64" }, "long (64-bit integer)"],
    [{ type: "array", maxItems: 5, minItems: 1 }, "list, at least 1 item, at most 5 items"],
    [{ type: "string", maxLength: 20 }, "string, at most 20 characters"],
    [{ type: "integer", enum: [1, 2], enumDescriptions: ["amount", "percent"] }, "integer, one of 1 (amount), 2 (percent)"],
    [{ type: "number", minimum: 0, maximum: 9 }, "number, ≥ 0, ≤ 9"],
  ])("describeType(%j) is %j", (schema, expected) => expect(describeType(schema as SchemaNode | undefined)).toBe(expected));
});
