import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { documentedExampleText } from "../../endpoint/example";
import { pathAtOffset } from "../json/path-at-offset";
import { makeManyItemsBody } from "../../testing/many-items";
import { indexItems } from "../body/items-index";
import { pathAtOffsetInItems } from "./path-in-items";

describe("pathAtOffsetInItems", () => {
  it.each([
    ["the documented example", documentedExampleText],
    ["three generated items", makeManyItemsBody(3)],
    ["items on one line", JSON.stringify(JSON.parse(makeManyItemsBody(3)))],
  ])("gives the same path as a whole-text scan at every offset of %s", (_name, text) => {
    const items = indexItems(text) ?? [];
    expect(items.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.integer({ min: -1, max: text.length + 1 }), (offset) => {
        expect(pathAtOffsetInItems(text, items, offset)).toEqual(pathAtOffset(text, offset));
      }),
      { numRuns: 2000 },
    );
  });

  it("finds a path deep in the last item of a large body", () => {
    const text = makeManyItemsBody(500);
    const offset = text.lastIndexOf('"tool_tips": "') + 16;
    expect(pathAtOffsetInItems(text, indexItems(text) ?? [], offset)?.path).toEqual(["marketing_activity_datas", 499, "custom_sale_data_list", 0, "tool_tips"]);
  });
});
