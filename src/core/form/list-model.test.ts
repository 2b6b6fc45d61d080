import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { nodeAtPath, type JsonPath } from "../json/json-path";
import { parseJson, type JsonNode } from "../json/parse-json";
import { addListItem } from "./list-edits";
import { buildListModel, type ListModel } from "./list-model";
import { removeField } from "./remove-field";
import { reparseAfterEdits } from "./reparse-after-edits";
import { fieldAt } from "./schema-fields";
import { setValue } from "./set-value";
import { type EditResult } from "./edit-result";
import { applyEditsToOriginal } from "../text/text-edit";

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

describe("buildListModel after the form's own edits (trees updated in place by reparseAfterEdits)", () => {
  const list: JsonPath = ["marketing_activity_datas"];
  const text = '{"marketing_activity_datas": [{"marketing_event_id": "A", "occurred_on": 1672246800000, "regional_visit_list": []}, {"marketing_event_id": "B"}]}';
  const summaries = (body: string, root: JsonNode) => {
    const field = fieldAt(list);
    if (!field) throw new Error("setup");
    return buildListModel(body, field, list, nodeAtPath(root, list)).items.map((item) => item.summary);
  };
  const cases: { name: string; edit: (body: string, root: JsonNode) => EditResult; after: string[] }[] = [
    { name: "a changed id", edit: (body, root) => setValue(body, [...list, 0, "marketing_event_id"], "A2", root), after: ["A2 · 2022-12-28 17:00:00 UTC", "B"] },
    { name: "a changed date", edit: (body, root) => setValue(body, [...list, 0, "occurred_on"], "1672246860000", root), after: ["A · 2022-12-28 17:01:00 UTC", "B"] },
    { name: "an edit inside a nested list", edit: (body, root) => addListItem(body, [...list, 0, "regional_visit_list"], root), after: ["A · 2022-12-28 17:00:00 UTC", "B"] },
    { name: "an id removed", edit: (body, root) => removeField(body, [...list, 0], "marketing_event_id", root), after: ["2022-12-28 17:00:00 UTC", "B"] },
    { name: "the next item's id", edit: (body, root) => setValue(body, [...list, 1, "marketing_event_id"], "B2", root), after: ["A · 2022-12-28 17:00:00 UTC", "B2"] },
  ];
  it.each(cases)("$name shows at once", ({ edit, after }) => {
    const root = parseJson(text).root as JsonNode;
    expect(summaries(text, root)).toEqual(["A · 2022-12-28 17:00:00 UTC", "B"]);
    const result = edit(text, root);
    if (!result.ok) throw new Error(result.error);
    const newText = applyEditsToOriginal(text, result.edits);
    const newRoot = reparseAfterEdits(text, root, result.edits, newText);
    if (!newRoot) throw new Error("not patched");
    expect(summaries(newText, newRoot)).toEqual(after);
    expect(summaries(newText, parseJson(newText).root as JsonNode)).toEqual(after);
  });
});
