import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { parseJson } from "../json/parse-json";
import { makeManyItemsBody } from "../../testing/many-items";
import { itemsListField } from "../../endpoint/item-fields";
import { buildFormModel } from "./form-model";
import { buildObjectModel } from "./object-model";
import { addListItem, moveListItem } from "./list-edits";
import { setValue } from "./set-value";

describe("buildFormModel", () => {
  it("outlines the documented example", () => {
    const model = buildFormModel(documentedExampleText);
    if (!model.ok) throw new Error(model.message);
    expect(model).toMatchObject({ path: ["marketing_activity_datas"], label: "marketing_activity_datas", present: true, canAdd: true, undocumented: [] });
    expect(model.items.map((item) => [item.legend, item.summary])).toEqual([["marketing_activity_datas[0]", "MA_12323312324 · 2022-12-28 17:00:00 UTC"]]);
    const item = buildObjectModel(documentedExampleText, model.root, [itemsListField, 0]);
    expect(item.ok && item.fields).toHaveLength(27);
  });

  it("says where the body stops being JSON, and is read-only", () => {
    const model = buildFormModel('{\n  "marketing_activity_datas": [\n    {"order_num": 1,}\n  ]\n}');
    expect(model).toMatchObject({ ok: false, reason: "syntax", syntaxError: { line: 3, column: 20 } });
    expect(!model.ok && model.message).toMatch(/^The body is not valid JSON: .+ at line 3, column 20\. The form is read-only until it parses\.$/);
  });

  it.each([
    ["[]", "The body must be a JSON object, found a list."],
    ['"x"', "The body must be a JSON object, found a string."],
  ])("refuses a body that is not an object: %s", (text, message) => {
    expect(buildFormModel(text)).toEqual({ ok: false, reason: "not-an-object", message });
  });

  it.each([
    ["{}", { present: false, items: [], canAdd: true }],
    ['{"marketing_activity_datas": []}', { present: true, items: [], canAdd: true }],
    ['{"marketing_activity_datas": 3}', { present: true, canAdd: false, problem: "Expected a list, found a number" }],
  ])("starts from %s", (text, expected) => {
    expect(buildFormModel(text)).toMatchObject({ ok: true, ...expected });
  });

  it("reports the body's undocumented keys", () => {
    const model = buildFormModel('{"marketing_activity_datas": [], "dry_run": true}');
    expect(model.ok && model.undocumented.map((entry) => [entry.key, entry.raw, entry.reason])).toEqual([["dry_run", "true", "not documented"]]);
  });
});

describe("a 1,000-item body", () => {
  const text = makeManyItemsBody(1000);

  /** Median of a few runs: the machine is shared, single runs are noisy. */
  function timed<T>(run: () => T, runs = 3): { result: T; ms: number } {
    let result = run(); // warm-up (compilation)
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      result = run();
      times.push(performance.now() - start);
    }
    return { result, ms: times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN };
  }

  it("outlines fast, builds one item on demand, and computes edits without re-parsing", () => {
    const outline = timed(() => buildFormModel(text));
    if (!outline.result.ok) throw new Error("the generated body should parse");
    const { root, items } = outline.result;
    expect(items).toHaveLength(1000);
    expect(items[999]?.summary).toBe("MA_12323313323 · 2022-12-29 09:39:00 UTC");

    const parse = timed(() => parseJson(text));
    const outlineFromTree = timed(() => buildFormModel(text, root));
    const item = timed(() => buildObjectModel(text, root, [itemsListField, 500]));
    expect(item.result.ok && item.result.fields).toHaveLength(27);

    const path = ["marketing_activity_datas", 999, "order_num"];
    const set = timed(() => setValue(text, path, "9223372036854775807", root));
    const add = timed(() => addListItem(text, ["marketing_activity_datas"], root));
    const move = timed(() => moveListItem(text, ["marketing_activity_datas"], 0, 1, root));
    for (const result of [set.result, add.result, move.result]) expect(result.ok).toBe(true);

    const figures = { outline: outline.ms, parseOnly: parse.ms, outlineFromTree: outlineFromTree.ms, item: item.ms, setValue: set.ms, addItem: add.ms, moveItem: move.ms };
    console.info(`form model, 1,000 items (${text.length} chars), median ms:`, Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v * 10) / 10])));
    // Generous bounds for a slow, shared machine; the figures above are what to watch.
    expect(outline.ms).toBeLessThan(1500);
    expect(outlineFromTree.ms).toBeLessThan(200);
    expect(item.ms).toBeLessThan(50);
    expect(set.ms).toBeLessThan(50);
    expect(add.ms).toBeLessThan(100);
    expect(move.ms).toBeLessThan(50);
  });
});
