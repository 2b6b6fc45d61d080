import { describe, expect, it } from "vitest";
import { editDistance, suggestName } from "./suggest-name";

describe("suggestName", () => {
  const names = ["order_num", "impression_num", "click_num", "occurred_on", "marketing_event_id"];
  it.each([
    ["order_nun", "order_num"],
    ["impresion_num", "impression_num"],
    ["occured_on", "occurred_on"],
    ["event_id", undefined],
    ["totally_new_field", undefined],
    ["Click_Num", "click_num"],
  ])("%s → %s", (name, expected) => {
    expect(suggestName(name, names)).toBe(expected);
  });

  it("computes the edit distance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});
