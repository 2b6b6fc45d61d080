import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { makeManyItemsBody } from "../../testing/many-items";
import { indexItems } from "../body/items-index";
import { previewItem, type ItemPreview } from "./item-preview";
import { missingValue } from "./number-text";

const options = { locale: "en-US", timeZone: "Asia/Singapore" };

function preview(itemText: string): ItemPreview {
  const result = previewItem(itemText, options);
  if (!result.ok) throw new Error(result.message);
  return result.preview;
}

function firstItemOf(text: string): string {
  const span = indexItems(text)?.[0];
  if (!span) throw new Error("no item");
  return text.slice(span.offset, span.offset + span.length);
}

const group = (p: ItemPreview, key: string) => p.groups.find((g) => g.key === key);
const texts = (p: ItemPreview, key: string) => Object.fromEntries(group(p, key)?.counters.map((c) => [c.field, c.text]) ?? []);
const rates = (p: ItemPreview, key: string) => group(p, key)?.rates.map((r) => r.text);

describe("previewItem on the documented example", () => {
  const p = preview(firstItemOf(documentedExampleText));

  it("groups the counters and computes the rates (all counters 100 → 100%)", () => {
    expect(p.groups.map((g) => g.key)).toEqual(["reach", "funnel", "spend", "orders", "messages"]);
    expect(texts(p, "reach")).toEqual({ impression_num: "100", click_num: "100", visitor_amount: "100" });
    expect(texts(p, "funnel")).toEqual({ add_cart_sum: "100", check_out_sum: "100", order_num: "100" });
    expect(rates(p, "reach")).toEqual(["100.0%"]);
    expect(rates(p, "funnel")).toEqual(["100.0%", "100.0%"]);
    expect(group(p, "funnel")?.rates.map((r) => r.formula)).toEqual(["Checkouts / Added to cart", "Orders / Checkouts"]);
    expect(texts(p, "orders")["old_buyer_sum"]).toBe("1,001,672,246,800,000");
  });

  it("shows the event, the date and the custom cards formatted by type", () => {
    expect(p.eventId).toBe("MA_12323312324");
    expect(p.occurredOn?.iso).toBe("2022-12-28T17:00:00.000Z");
    expect(p.occurredOn?.local?.replace(/\s/g, " ")).toBe("Dec 29, 2022, 01:00:00 AM GMT+8");
    expect(p.customLists.map((l) => l.entries)).toEqual([
      [{ name: "FackbookOrderConversionRate", toolTip: "Fackboo order conversion rate", typeLabel: "percent", value: "9%", understood: true }],
      [{ name: "FackbookOrderCount", toolTip: "Order from Fackbook count", typeLabel: "numerical", value: "100", understood: true }],
    ]);
    expect(p.rankings.map((l) => l.entries)).toEqual([[{ name: "16062938070772167548642145", count: "100" }], [{ name: "ua", count: "100" }]]);
  });
});

describe("previewItem", () => {
  it("computes rates exactly from the literals, beyond 2^53", () => {
    const p = preview('{"impression_num": 18014398509481984, "click_num": 9007199254740993}');
    expect(rates(p, "reach")).toEqual(["50.0%"]);
    expect(texts(p, "reach")["click_num"]).toBe("9,007,199,254,740,993");
  });

  it.each([
    ['{"click_num": 5, "impression_num": 0}', "reach", [missingValue]],
    ['{"click_num": 5}', "reach", [missingValue]],
    ['{"add_cart_sum": 3, "check_out_sum": 2, "order_num": 1}', "funnel", ["66.67%", "50.0%"]],
    ['{"add_cart_sum": 3, "check_out_sum": 2.5, "order_num": 1}', "funnel", [missingValue, missingValue]],
  ])("%s → %s rates %j", (item, key, expected) => {
    expect(rates(preview(item), key)).toEqual(expected);
  });

  it("shows missing counters as —, other values as written, and the last of repeated names", () => {
    const p = preview('{"impression_num": "100", "click_num": 1, "click_num": 2.50}');
    expect(texts(p, "reach")).toEqual({ impression_num: '"100"', click_num: "2.50", visitor_amount: missingValue });
    expect(p.eventId).toBeUndefined();
    expect(p.occurredOn).toBeUndefined();
  });

  it("keeps a custom value that does not fit its type as written, and names unknown types by code", () => {
    const p = preview('{"custom_sale_data_list": [{"type": 7, "value": "<b>x</b>"}, {"type": 1, "value": 3}, 5]}');
    expect(p.customLists[1]?.entries).toEqual([
      { name: missingValue, toolTip: missingValue, typeLabel: "7", value: "<b>x</b>", understood: false },
      { name: missingValue, toolTip: missingValue, typeLabel: "amount", value: "3", understood: false },
    ]);
  });

  it.each([
    ["[1]", "This item is not an object."],
    ['{"a": }', 'This item is not valid JSON: Expected a value, found "}".'],
  ])("%s → %s", (item, message) => {
    expect(previewItem(item, options)).toEqual({ ok: false, message });
  });

  it("previews the last item of a 9 MB body from its own slice", () => {
    const text = makeManyItemsBody(6000);
    const spans = indexItems(text) ?? [];
    const last = spans[spans.length - 1];
    const result = last && previewItem(text.slice(last.offset, last.offset + last.length), options);
    expect(result?.ok && result.preview.eventId).toBe("MA_12323318323");
  });
});
