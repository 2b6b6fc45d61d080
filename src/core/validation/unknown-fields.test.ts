import { describe, expect, it } from "vitest";
import { bodySchema } from "../../endpoint/schema";
import type { PendingProblem } from "./pending-problem";
import { checkUnknownFields } from "./unknown-fields";

function unknownFields(value: unknown): PendingProblem[] {
  const found: PendingProblem[] = [];
  checkUnknownFields(value, bodySchema, (p) => found.push(p));
  return found;
}

describe("checkUnknownFields", () => {
  it("warns about an undocumented key with a near-miss suggestion, pointing at the key", () => {
    expect(unknownFields({ marketing_activity_datas: [{ order_nmu: 1 }] })).toEqual([
      { severity: "warning", code: "unknown-field", message: '"order_nmu" is not a documented field; did you mean "order_num"?', path: ["marketing_activity_datas", 0, "order_nmu"], anchor: "key" },
    ]);
  });

  it("looks into nested lists and at the top level", () => {
    const found = unknownFields({ extra: 1, marketing_activity_datas: [{}, { custom_sale_data_list: [{ name: "a", colour: "red" }] }] });
    expect(found.map((p) => p.path)).toEqual([["extra"], ["marketing_activity_datas", 1, "custom_sale_data_list", 0, "colour"]]);
    expect(found[1]?.message).toBe('"colour" is not a documented field.');
  });

  it("says nothing about documented fields or values of the wrong kind", () => {
    expect(unknownFields({ marketing_activity_datas: [{ order_num: 1, product_sale_list: "not a list" }] })).toEqual([]);
    expect(unknownFields(null)).toEqual([]);
    expect(unknownFields({ marketing_activity_datas: [1, null, "x"] })).toEqual([]);
  });
});
