import { describe, expect, it } from "vitest";
import { bodySchema } from "../../endpoint/schema";
import { makeEditorSchema } from "./editor-schema";
import { schemaAt } from "./schema-nav";
import { validateBody } from "../validation/validate-body";

describe("makeEditorSchema", () => {
  const editorSchema = makeEditorSchema(bodySchema);

  it("documents a long field with its description, type and example", () => {
    const impressions = schemaAt(editorSchema, ["marketing_activity_datas", 0, "impression_num"]);
    expect(impressions?.["markdownDescription"]).toBe(
      "Exposure number , refers to the number of displays\n\n*long (64-bit integer)*\n\nExample: `100`",
    );
  });

  it("labels the type enum", () => {
    const type = schemaAt(editorSchema, ["marketing_activity_datas", 0, "custom_sale_data_list", 0, "type"]);
    expect(type?.["markdownEnumDescriptions"]).toEqual(["**1** — amount", "**2** — percent", "**3** — numerical"]);
    expect(String(type?.["markdownDescription"])).toContain("one of 1 (amount), 2 (percent), 3 (numerical)");
  });

  it("offers a whole-item snippet for each list", () => {
    for (const list of [["marketing_activity_datas"], ["marketing_activity_datas", 0, "product_sale_list"], ["marketing_activity_datas", 0, "regional_visit_list"]]) {
      const items = schemaAt(editorSchema, [...list, 0]);
      const snippets = items?.["defaultSnippets"];
      expect(Array.isArray(snippets) && snippets.length).toBe(1);
    }
  });

  it("leaves the source schema untouched", () => {
    expect(JSON.stringify(bodySchema)).not.toContain("markdownDescription");
  });
});

describe("the editor's proposals", () => {
  it("offers the page's over-long example name shortened to the limit, and quotes the published one in the docs", () => {
    const editorSchema = makeEditorSchema(bodySchema);
    const name = schemaAt(editorSchema, ["marketing_activity_datas", 0, "custom_activity_engagement_list", 0, "name"]);
    expect(name?.["examples"]).toEqual(["FackbookOrder"]);
    expect(name?.["markdownDescription"]).toBe(
      "Name, maximum 20 characters\n\n*string, at most 20 characters*\n\nExample: `\"FackbookOrder\"`\n\n" +
        "Published example: `\"FackbookOrderConversionRate\"` — the page's own example breaks its documented limit (27 characters; the documented limit is 20).",
    );
    const item = schemaAt(editorSchema, ["marketing_activity_datas", 0]);
    const [snippet] = item?.["defaultSnippets"] as { body: object }[];
    expect(Object.keys(snippet?.body ?? {})).toHaveLength(27);
    expect(validateBody(JSON.stringify({ marketing_activity_datas: [snippet?.body] })).problems).toEqual([]);
  });
});
