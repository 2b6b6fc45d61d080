import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { indexItems } from "../body/items-index";
import { itemRange, runFingerprint, splitIntoBatches } from "./batches";

const itemArbitrary = fc.oneof(
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map((n) => `{"order_num": ${n}}`),
  fc.string().map((s) => `{ "marketing_event_id" :${JSON.stringify(s)} }`),
  fc.constantFrom('{"product_sale_list":[{"product_id":"1606293807077216754","count":1}]}', "{}", '{"a":"\\u2028 ,]}"}'),
);

describe("splitIntoBatches", () => {
  it("splits into requests of N with each item's text unchanged", () => {
    const body = '{"marketing_activity_datas": [ {"a":1},\n  {"b": 2} ,{"c":3}]}';
    const batches = splitIntoBatches(body, indexItems(body) ?? [], 2);
    expect(batches).toEqual([
      { first: 0, count: 2, body: '{"marketing_activity_datas":[{"a":1},{"b": 2}]}' },
      { first: 2, count: 1, body: '{"marketing_activity_datas":[{"c":3}]}' },
    ]);
    expect(batches.map(itemRange)).toEqual(["items 1–2", "item 3"]);
  });

  it("property: concatenating every request's items gives back the body's items exactly", () => {
    fc.assert(
      fc.property(fc.array(itemArbitrary, { maxLength: 30 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(",", " ,\n  ", ",\r\n"), (items, perRequest, separator) => {
        const body = `{\n "marketing_activity_datas" : [\n  ${items.join(separator)}\n ]\n}`;
        const batches = splitIntoBatches(body, indexItems(body) ?? [], perRequest);
        const sent = batches.flatMap((batch) => (indexItems(batch.body) ?? []).map((s) => batch.body.slice(s.offset, s.offset + s.length)));
        expect(sent).toEqual(items);
        expect(batches.every((b) => b.count <= perRequest && JSON.parse(b.body) !== undefined)).toBe(true);
      }),
    );
  });
});

describe("runFingerprint", () => {
  it("changes with the body and with the split", () => {
    const body = '{"marketing_activity_datas":[{"a":1}]}';
    expect(runFingerprint(body, 100)).toBe(runFingerprint(body, 100));
    expect(runFingerprint(body, 100)).not.toBe(runFingerprint(body.replace("1", "2"), 100));
    expect(runFingerprint(body, 100)).not.toBe(runFingerprint(body, 50));
  });
});
