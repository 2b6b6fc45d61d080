import { describe, expect, it } from "vitest";
import { bodySchema } from "../../endpoint/schema";
import { isInt64, itemsOf, propertiesOf } from "../schema/schema-nav";
import { itemsListField } from "../../endpoint/item-fields";
import { counterGroups, previewFields } from "./preview-fields";

const itemSchema = itemsOf(propertiesOf(bodySchema)[itemsListField]);
const itemProperties = propertiesOf(itemSchema);

describe("the fields the preview reads exist in the schema", () => {
  const counters = counterGroups.flatMap((g) => g.counters.map((c) => c.field));

  it.each(counters)("counter %s is a long of an item", (field) => {
    expect(isInt64(itemProperties[field])).toBe(true);
  });

  it.each(counterGroups.flatMap((g) => g.rates.flatMap((r) => [r.part, r.whole])))("rate input %s is a counter shown in a group", (field) => {
    expect(counters).toContain(field);
  });

  it("shows every long of an item in exactly one group (occurred_on is shown as a date)", () => {
    const longs = Object.keys(itemProperties).filter((name) => isInt64(itemProperties[name]) && name !== previewFields.occurredOn);
    expect([...counters].sort()).toEqual(longs.sort());
  });

  it("names the item's id, date, custom lists and rankings as the schema does", () => {
    expect(itemProperties[previewFields.id]?.["type"]).toBe("string");
    expect(isInt64(itemProperties[previewFields.occurredOn])).toBe(true);
    for (const list of previewFields.customLists) {
      const entry = propertiesOf(itemsOf(itemProperties[list.field]));
      expect(Object.keys(entry).sort()).toEqual(Object.values(previewFields.custom).sort());
    }
    for (const ranking of previewFields.rankings) {
      const entry = propertiesOf(itemsOf(itemProperties[ranking.field]));
      expect(entry[ranking.name]?.["type"]).toBe("string");
      expect(isInt64(entry[ranking.count])).toBe(true);
    }
  });
});
