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

  it("custom lists have type and value, and the type codes match the enum labels", () => {
    for (const list of itemFields.customLists) {
      const typeSchema = schemaAt(bodySchema, [itemsListField, 0, list, 0, itemFields.customType]);
      expect(schemaAt(bodySchema, [itemsListField, 0, list, 0, itemFields.customValue])).toBeDefined();
      const labels = Object.fromEntries(enumOptions(typeSchema).map((o) => [o.label, o.value]));
      expect(labels).toEqual(customValueType);
    }
  });
});
