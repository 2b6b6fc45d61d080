import { describe, expect, it } from "vitest";
import { bodySchema } from "./schema";
import { enumOptions, itemsOf, propertiesOf, schemaAt } from "../core/schema/schema-nav";
import { counterBounds, customValueType, itemFields, itemsListField } from "./item-fields";

describe("item fields used by the checks exist in the schema", () => {
  const item = itemsOf(propertiesOf(bodySchema)[itemsListField]);
  const names = Object.keys(propertiesOf(item));

  it.each([itemFields.id, itemFields.occurredOn, ...counterBounds.flatMap((b) => [b.part, b.whole]), ...itemFields.customLists])(
    "%s",
    (name) => expect(names).toContain(name),
  );

  it("every name of the vocabulary is a field of an item, or of an entry of one of its lists", () => {
    const entryNames = Object.values(propertiesOf(item)).flatMap((field) => Object.keys(propertiesOf(itemsOf(field))));
    for (const name of Object.values(itemFields).flat()) expect([...names, ...entryNames], name).toContain(name);
  });

  it("the rankings' lists hold their id or name and a count", () => {
    for (const [list, id] of [[itemFields.productSales, itemFields.productId], [itemFields.regionalVisits, itemFields.regionName]] as const) {
      const entry = Object.keys(propertiesOf(itemsOf(propertiesOf(item)[list])));
      expect(entry).toEqual(expect.arrayContaining([id, itemFields.rankingCount]));
    }
  });

  it("custom lists have type and value, and the type codes match the enum labels", () => {
    for (const list of itemFields.customLists) {
      const typeSchema = schemaAt(bodySchema, [itemsListField, 0, list, 0, itemFields.customType]);
      expect(schemaAt(bodySchema, [itemsListField, 0, list, 0, itemFields.customValue])).toBeDefined();
      const labels = Object.fromEntries(enumOptions(typeSchema).map((o) => [o.label, o.value]));
      expect(labels).toEqual(customValueType);
    }
  });
});
