import { describe, expect, it } from "vitest";
import { bodySchema } from "../../endpoint/schema";
import { schemaAt } from "../schema/schema-nav";
import { exampleOf } from "./schema-example";

describe("exampleOf", () => {
  it.each([
    ["examples[0] wins", { type: "integer", examples: [7, 8] }, 7],
    ["integer without example", { type: "integer" }, 0],
    ["enum without example", { type: "integer", enum: [2, 3] }, 2],
    ["string without example", { type: "string" }, ""],
    ["boolean", { type: "boolean" }, false],
    ["unknown type", {}, null],
    ["array of strings", { type: "array", items: { type: "string", examples: ["x"] } }, ["x"]],
    ["array without items", { type: "array" }, []],
    ["object from its properties, in order", { type: "object", properties: { b: { type: "string" }, a: { type: "integer", examples: [1] } } }, { b: "", a: 1 }],
  ])("%s", (_name, schema, example) => {
    expect(exampleOf(schema)).toEqual(example);
  });

  it("pre-fills a whole item from the page's examples", () => {
    const item = exampleOf(schemaAt(bodySchema, ["marketing_activity_datas", 0]) ?? {}) as Record<string, unknown>;
    expect(Object.keys(item)).toHaveLength(27);
    expect(item["marketing_event_id"]).toBe("MA_12323312324");
    expect(item["custom_activity_engagement_list"]).toEqual([
      { name: "FackbookOrderConversionRate", tool_tips: "Fackboo order conversion rate", type: 2, value: "0.09" },
    ]);
  });
});
