import { describe, expect, it } from "vitest";
import { schemaAt } from "../schema/schema-nav";
import { itemSchema } from "./column-mapping";
import { convertCell } from "./convert-cell";

const utc = { timezoneOffset: 0 };
const field = (name: string, ...rest: (string | number)[]) => schemaAt(itemSchema, [name, ...rest]) ?? {};

describe("convertCell", () => {
  it.each([
    ["order_num", "9223372036854775807", "9223372036854775807"],
    ["order_num", " +12 ", "12"],
    ["marketing_event_id", "MA_1", '"MA_1"'],
    ["occurred_on", "1672246800000", "1672246800000"],
    ["occurred_on", "2022-12-28T17:00:00Z", "1672246800000"],
    ["occurred_on", "2022-12-29T01:00:00+08:00", "1672246800000"],
    ["occurred_on", "2022-12-28 17:00", "1672246800000"],
    ["occurred_on", "2022-12-28", "1672185600000"],
    ["product_sale_list", '[{"product_id":"1606293807077216754","count":9223372036854775807}]', '[{"product_id":"1606293807077216754","count":9223372036854775807}]'],
  ])("%s ← %j", (name, cell, json) => {
    expect(convertCell(cell, field(name), utc)).toEqual({ ok: true, json });
  });

  it("keeps a product id a string, digits and all", () => {
    expect(convertCell("16062938070772167548642145", field("product_sale_list", 0, "product_id"), utc)).toEqual({ ok: true, json: '"16062938070772167548642145"' });
  });

  it("reads a zone-less date/time in the chosen zone", () => {
    expect(convertCell("2022-12-29 01:00", field("occurred_on"), { timezoneOffset: -480 })).toEqual({ ok: true, json: "1672246800000" });
  });

  it.each([
    ["order_num", "1.5", '"1.5" is not a whole number'],
    ["order_num", "1e3", '"1e3" is not a whole number'],
    ["order_num", "9223372036854775808", '"9223372036854775808" is outside the 64-bit range'],
    ["occurred_on", "yesterday", '"yesterday" is neither a 13-digit millisecond stamp nor an ISO date/time'],
    ["product_sale_list", "{}", "expected a JSON list"],
    ["product_sale_list", "[oops", "expected JSON (a list)"],
  ])("%s ← %j is a problem", (name, cell, problem) => {
    expect(convertCell(cell, field(name), utc)).toEqual({ ok: false, problem });
  });

  it("checks enum values", () => {
    expect(convertCell("4", field("custom_sale_data_list", 0, "type"), utc)).toEqual({ ok: false, problem: '"4" is not one of 1, 2, 3' });
  });
});
