import type { SchemaNode } from "../../endpoint/schema";
import { itemsOf, propertiesOf } from "../schema/schema-nav";

/** A JSON value as the schema writes examples (its numbers are small enough to be exact). */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * The value a new field or list item starts with. The schema's own `examples[0]` wins; an object
 * without one gets every property's example (in schema order), a list gets one example item —
 * so "add item" pre-fills the documented example rather than an empty shell.
 */
export function exampleOf(schema: SchemaNode): JsonValue {
  const examples = schema["examples"];
  if (Array.isArray(examples) && examples.length > 0 && examples[0] !== undefined) return examples[0];
  switch (schema["type"]) {
    case "object": {
      const out: Record<string, JsonValue> = {};
      for (const [name, property] of Object.entries(propertiesOf(schema))) out[name] = exampleOf(property);
      return out;
    }
    case "array": {
      const items = itemsOf(schema);
      return items ? [exampleOf(items)] : [];
    }
    case "integer":
    case "number": {
      const options = schema["enum"];
      return Array.isArray(options) && typeof options[0] === "number" ? options[0] : 0;
    }
    case "string":
      return "";
    case "boolean":
      return false;
    default:
      return null;
  }
}
