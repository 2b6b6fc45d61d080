import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { nodeAtPath, type JsonPath } from "../json/json-path";
import { parseJson } from "../json/parse-json";
import { buildListModel, type ListModel } from "./list-model";
import { fieldAt } from "./schema-fields";

function listAt(text: string, path: JsonPath): ListModel {
  const field = fieldAt(path);
  if (!field) throw new Error("setup");
  return buildListModel(text, field, path, nodeAtPath(parseJson(text).root, path));
}

describe("buildListModel", () => {
  it("summarises the documented example's item by its id and date", () => {
    const list = listAt(documentedExampleText, ["marketing_activity_datas"]);
    expect(list).toMatchObject({ label: "marketing_activity_datas", present: true, canAdd: true, path: ["marketing_activity_datas"] });
    expect(list.addDisabledReason).toBeUndefined();
    expect(list.items).toEqual([
      {
        index: 0,
        path: ["marketing_activity_datas", 0],
        legend: "marketing_activity_datas[0]",
        summary: "MA_12323312324 · 2022-12-28 17:00:00 UTC",
        isObject: true,
        span: { offset: 38, length: documentedExampleText.lastIndexOf("}", documentedExampleText.length - 2) - 37 },
        canMoveUp: false,
        canMoveDown: false,
      },
    ]);
  });

  it("summarises nested items by their first string field", () => {
    const path = ["marketing_activity_datas", 0, "custom_sale_data_list"];
    expect(listAt(documentedExampleText, path).items[0]).toMatchObject({ legend: "marketing_activity_datas[0].custom_sale_data_list[0]", summary: "FackbookOrderCount" });
  });

  it.each([
    ['{"marketing_activity_datas": [{"occurred_on": 1672246800123}]}', "2022-12-28 17:00:00.123 UTC"],
    ['{"marketing_activity_datas": [{"marketing_event_id": "MA_1", "occurred_on": 12}]}', "MA_1 · 1970-01-01 00:00:00.012 UTC"],
    ['{"marketing_activity_datas": [{"marketing_event_id": 7, "occurred_on": "soon"}]}', '7 · "soon"'],
    ['{"marketing_activity_datas": [{}]}', ""],
    ['{"marketing_activity_datas": [42]}', "42"],
  ])("summary of %s is %j", (text, summary) => {
    expect(listAt(text, ["marketing_activity_datas"]).items[0]?.summary).toBe(summary);
  });

  it("knows which items can move", () => {
    const items = listAt('{"marketing_activity_datas": [{}, [], {}]}', ["marketing_activity_datas"]).items;
    expect(items.map((item) => [item.canMoveUp, item.canMoveDown, item.isObject])).toEqual([
      [false, true, true],
      [true, true, false],
      [true, false, true],
    ]);
  });

  it("disables add at maxItems, with the reason", () => {
    const path = ["marketing_activity_datas", 0, "regional_visit_list"];
    const four = listAt('{"marketing_activity_datas": [{"regional_visit_list": [{}, {}, {}, {}]}]}', path);
    expect(four.canAdd).toBe(true);
    const five = listAt('{"marketing_activity_datas": [{"regional_visit_list": [{}, {}, {}, {}, {}]}]}', path);
    expect(five).toMatchObject({ canAdd: false, addDisabledReason: "at most 5 items" });
  });

  it("says when the list is absent, or not a list", () => {
    const path = ["marketing_activity_datas", 0, "product_sale_list"];
    expect(listAt('{"marketing_activity_datas": [{}]}', path)).toMatchObject({ present: false, items: [], canAdd: true });
    expect(listAt('{"marketing_activity_datas": [{"product_sale_list": "none"}]}', path)).toMatchObject({
      present: true,
      canAdd: false,
      problem: "Expected a list, found a string",
      addDisabledReason: "Expected a list, found a string",
    });
  });
});
