import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bodySchema } from "../../endpoint/schema";
import { limitBreaks, proposedValue, publishedExample } from "./proposed-value";
import { schemaAt } from "./schema-nav";

describe("proposedValue", () => {
  it.each([
    ["examples[0]", { type: "integer", examples: [7, 8] }, 7],
    ["integer without example", { type: "integer" }, 0],
    ["enum without example", { type: "integer", enum: [2, 3] }, 2],
    ["example outside the enum", { type: "integer", enum: [2, 3], examples: [9] }, 2],
    ["string without example", { type: "string" }, ""],
    ["boolean", { type: "boolean" }, false],
    ["unknown type", {}, null],
    ["array of strings", { type: "array", items: { type: "string", examples: ["x"] } }, ["x"]],
    ["array without items", { type: "array" }, []],
    ["array allowing no items", { type: "array", maxItems: 0, items: { type: "string" } }, []],
    ["object from its properties, in order", { type: "object", properties: { b: { type: "string" }, a: { type: "integer", examples: [1] } } }, { b: "", a: 1 }],
    ["too long: cut at a camelCase boundary", { type: "string", maxLength: 20, examples: ["FackbookOrderConversionRate"] }, "FackbookOrder"],
    ["too long: cut at an underscore", { type: "string", maxLength: 10, examples: ["order_conversion_rate"] }, "order"],
    ["too long, no boundary: cut at the limit", { type: "string", maxLength: 5, examples: ["abcdefgh"] }, "abcde"],
    ["a boundary keeping under half: cut at the limit", { type: "string", maxLength: 10, examples: ["AbCdefghijklmn"] }, "AbCdefghij"],
    ["code points, not UTF-16 units", { type: "string", maxLength: 2, examples: ["😀😀😀"] }, "😀😀"],
    ["too short: padded", { type: "string", minLength: 3, examples: ["a"] }, "axx"],
    ["above the maximum", { type: "integer", maximum: 10, examples: [100] }, 10],
    ["below the minimum", { type: "integer", minimum: 1000000000000, examples: [5] }, 1000000000000],
    ["fits: unchanged", { type: "string", maxLength: 20, examples: ["FackbookOrderCount"] }, "FackbookOrderCount"],
  ])("%s", (_name, schema, expected) => {
    expect(proposedValue(schema)).toEqual(expected);
  });

  it("pre-fills a whole item from the page's examples, the over-long name shortened", () => {
    const item = proposedValue(schemaAt(bodySchema, ["marketing_activity_datas", 0]) ?? {}) as Record<string, unknown>;
    expect(Object.keys(item)).toHaveLength(27);
    expect(item["marketing_event_id"]).toBe("MA_12323312324");
    expect(item["custom_activity_engagement_list"]).toEqual([{ name: "FackbookOrder", tool_tips: "Fackboo order conversion rate", type: 2, value: "0.09" }]);
  });

  it("always fits the limits it reads, whatever the example", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.nat(40), fc.option(fc.nat(5), { nil: undefined }), (example, max, min) => {
        const schema = { type: "string", maxLength: Math.max(max, min ?? 0), ...(min === undefined ? {} : { minLength: min }), examples: [example] };
        const value = proposedValue(schema);
        expect(limitBreaks(value, schema)).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer(), (example, a, b) => {
        const schema = { type: "integer", minimum: Math.min(a, b), maximum: Math.max(a, b), examples: [example] };
        expect(limitBreaks(proposedValue(schema), schema)).toEqual([]);
      }),
    );
  });
});

describe("publishedExample and limitBreaks", () => {
  const name = schemaAt(bodySchema, ["marketing_activity_datas", 0, "custom_activity_engagement_list", 0, "name"]) ?? {};

  it("keeps the page's example as published and says how it breaks the limit", () => {
    expect(publishedExample(name)).toBe("FackbookOrderConversionRate");
    expect(limitBreaks("FackbookOrderConversionRate", name)).toEqual(["27 characters; the documented limit is 20"]);
  });

  it.each([
    [{ type: "integer", enum: [1, 2] }, 3, ["not one of the documented values 1, 2"]],
    [{ type: "integer", minimum: 10 }, 3, ["below the documented minimum 10"]],
    [{ type: "integer", maximum: 10 }, 30, ["above the documented maximum 10"]],
    [{ type: "integer" }, 1.5, ["not a whole number"]],
    [{ type: "string", minLength: 2 }, "a", ["1 characters; the documented minimum is 2"]],
    [{ type: "string", maxLength: 2 }, "ab", []],
  ])("%j with %j", (schema, value, expected) => {
    expect(limitBreaks(value, schema)).toEqual(expected);
  });

  it("has no published example where the schema gives none", () => {
    expect(publishedExample({ type: "string" })).toBeUndefined();
  });
});
