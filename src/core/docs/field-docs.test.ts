import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { documentedExampleText } from "../../endpoint/example";
import { bodySchema } from "../../endpoint/schema";
import { parseJson, type JsonNode } from "../json/parse-json";
import { pathOfNode } from "../json/testing/path-of-node";
import { schemaAt } from "../schema/schema-nav";
import { fieldDocs } from "./field-docs";

const item = ["marketing_activity_datas", 0] as const;
const long = "A whole number from -9223372036854775808 to 9223372036854775807 (signed 64-bit)";

describe("fieldDocs", () => {
  it.each([
    [[...item, "impression_num"], { pathText: "marketing_activity_datas[0].impression_num", name: "impression_num", description: "Exposure number , refers to the number of displays", type: "long (64-bit integer)", limits: [long], example: "100", enumOptions: [] }],
    [[...item, "marketing_event_id"], { name: "marketing_event_id", description: "Id for marketing events", type: "string", limits: [], example: '"MA_12323312324"' }],
    [[...item, "occurred_on"], { limits: ["At least 1000000000000", "At most 9999999999999", long], example: "1672246800000" }],
    [[...item, "custom_sale_data_list", 3, "name"], { pathText: "marketing_activity_datas[0].custom_sale_data_list[3].name", limits: ["At most 20 characters"], example: '"FackbookOrderCount"' }],
    [[...item, "custom_activity_engagement_list", 0, "type"], {
      type: "integer, one of 1 (amount), 2 (percent), 3 (numerical)",
      limits: [],
      enumOptions: [{ value: 1, label: "amount" }, { value: 2, label: "percent" }, { value: 3, label: "numerical" }],
      example: "2",
    }],
    [[...item, "regional_visit_list"], { name: "regional_visit_list", type: "list, at most 5 items", limits: ["At most 5 items"] }],
    [[...item, "regional_visit_list", 4], { name: "regional_visit_list[4]", description: "One item of: Regional visit ranking, max size=5", type: "object" }],
    [["marketing_activity_datas"], { limits: [], description: "Marketing event data, statistical data is full data" }],
    [[], { pathText: "(body)", name: "(body)", description: "Bulk sync marketing event statistics — request body" }],
  ] as const)("%j", (path, expected) => {
    expect(fieldDocs(path)).toMatchObject(expected);
  });

  it("proposes an example that fits the limits, and shows the published one beside it with the reason", () => {
    const docs = fieldDocs([...item, "custom_activity_engagement_list", 0, "name"]);
    expect(docs?.example).toBe('"FackbookOrder"');
    expect(docs?.publishedExample).toEqual({
      text: '"FackbookOrderConversionRate"',
      note: "The page's own example breaks its documented limit: 27 characters; the documented limit is 20.",
    });
    expect(fieldDocs([...item, "custom_sale_data_list", 0, "name"])).not.toHaveProperty("publishedExample");
  });

  it("has no example where the schema gives none", () => {
    expect(fieldDocs([...item, "product_sale_list"])).not.toHaveProperty("example");
  });

  it.each([[[...item, "impressions"]], [["marketing_activity_datas", "0"]], [[0]], [[...item, "click_num", "x"]]])("%j is not documented", (path) => {
    expect(fieldDocs(path)).toBeUndefined();
  });

  it("documents every field of the documented example, with its schema's own description and type", () => {
    const { root } = parseJson(documentedExampleText);
    const paths: (string | number)[][] = [];
    const collect = (node: JsonNode): void => {
      if (node.type !== "property") paths.push([...pathOfNode(node)]);
      node.children?.forEach((child, i) => (node.type === "property" && i === 0 ? undefined : collect(child)));
    };
    if (root) collect(root);
    expect(paths.length).toBeGreaterThan(40);
    for (const path of paths) {
      const docs = fieldDocs(path);
      expect(docs?.description, JSON.stringify(path)).toBeTruthy();
      const description = schemaAt(bodySchema, path)?.["description"];
      if (typeof description === "string") expect(docs?.description).toBe(description);
    }
  });

  it("answers exactly where the schema documents the path, for any index in any list", () => {
    const segment = fc.oneof(fc.nat(), fc.constantFrom("marketing_activity_datas", "product_sale_list", "count", "name", "x"), fc.string());
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.nat(), (path, index) => {
        expect(fieldDocs(path) !== undefined).toBe(schemaAt(bodySchema, path) !== undefined);
        expect(fieldDocs(["marketing_activity_datas", index, "product_sale_list", index, "count"])?.name).toBe("count");
      }),
    );
  });

  it.each([
    [["marketing_activity_datas"], [/^documented — Each field has the type/, /^assumed — An empty or missing marketing_activity_datas list syncs nothing\./]],
    [["marketing_activity_datas", 0, "occurred_on"], [/^documented — Each field/, /^documented — occurred_on is a 13-digit stamp .+"standard 13- digit stamp"/, /^documented — A long is a signed 64-bit/, /^assumed — An item without/, /^assumed — An occurred_on more than 5 minutes/]],
    [["marketing_activity_datas", 0, "click_num"], [/^documented/, /^documented/, /^assumed — Counters that usually bound each other/]],
    [["marketing_activity_datas", 0, "custom_sale_data_list", 0, "value"], [/^documented — Each field/, /^assumed — A custom value is compared/]],
  ] as const)("%j shows each rule with its basis", (path, expected) => {
    const rules = fieldDocs(path)?.rules ?? [];
    expect(rules).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(rules[i]).toMatch(pattern));
  });
});
