import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { makeManyItemsBody } from "../../testing/many-items";
import { indexItems } from "./items-index";

const slices = (text: string) => indexItems(text)?.map((s) => text.slice(s.offset, s.offset + s.length));

describe("indexItems", () => {
  it.each<[string, string[] | undefined]>([
    ['{"marketing_activity_datas": [{"a": 1}, {"b": [2]} ,3]}', ['{"a": 1}', '{"b": [2]}', "3"]],
    ['{"x": {"marketing_activity_datas": [1]}, "marketing_activity_datas": [ ]}', []],
    ['{"marketing_activity_datas": {}}', undefined],
    ["[]", undefined],
    ['{"marketing_activity_datas": [{"a": "]"}, 2', ['{"a": "]"}', "2"]],
    ['{"\\x": 1, "marketing_activity_datas": [1]}', undefined],
  ])("%s", (text, expected) => {
    expect(slices(text)).toEqual(expected);
  });

  it("finds each item of generated bodies as JSON.parse sees it", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }), fc.constantFrom(undefined, 2), (items, indent) => {
        const text = JSON.stringify({ before: items[0] ?? null, marketing_activity_datas: items }, null, indent);
        expect(slices(text)?.map((s) => JSON.parse(s) as unknown)).toEqual(JSON.parse(JSON.stringify(items)));
      }),
    );
  });

  it("indexes the items of a 9 MB body in about one pass", () => {
    const text = makeManyItemsBody(6000);
    const spans = indexItems(text) ?? [];
    expect(spans).toHaveLength(6000);
    const last = spans[5999];
    expect(last && text.slice(last.offset, last.offset + last.length)).toContain('"MA_12323318323"');
  });
});
