import type { SchemaNode } from "../../endpoint/schema";
import type { JsonPath } from "../json/json-path";

/** The `properties` of an object schema, in the schema's order. */
export function propertiesOf(schema: SchemaNode | undefined): Readonly<Record<string, SchemaNode>> {
  const properties = schema?.["properties"];
  return isSchemaNode(properties) ? (properties as Record<string, SchemaNode>) : {};
}

/** The `items` schema of an array schema. */
export function itemsOf(schema: SchemaNode | undefined): SchemaNode | undefined {
  const items = schema?.["items"];
  return isSchemaNode(items) ? items : undefined;
}

/** The sub-schema that describes the value at `path`, or undefined where the schema says nothing. */
export function schemaAt(root: SchemaNode, path: JsonPath): SchemaNode | undefined {
  let schema: SchemaNode | undefined = root;
  for (const segment of path) {
    schema = typeof segment === "number" ? itemsOf(schema) : propertiesOf(schema)[segment];
    if (schema === undefined) return undefined;
  }
  return schema;
}

export function isSchemaNode(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isInt64(schema: SchemaNode | undefined): boolean {
  return schema?.["type"] === "integer" && schema["format"] === "int64";
}

/** Enum values with their labels (`enumDescriptions`), e.g. `[{ value: 1, label: "amount" }]`. */
export function enumOptions(schema: SchemaNode | undefined): { value: number | string; label: string }[] {
  const values = schema?.["enum"];
  const labels = schema?.["enumDescriptions"];
  if (!Array.isArray(values)) return [];
  return values.flatMap((value, i) =>
    typeof value === "number" || typeof value === "string"
      ? [{ value, label: Array.isArray(labels) && typeof labels[i] === "string" ? labels[i] : String(value) }]
      : [],
  );
}

/** A one-line summary of a field's type and limits, for docs and hovers: "long (64-bit integer)". */
export function describeType(schema: SchemaNode | undefined): string {
  if (!schema) return "not documented";
  const parts: string[] = [];
  const type = schema["type"];
  if (isInt64(schema)) parts.push("long (64-bit integer)");
  else if (typeof type === "string") parts.push(type === "array" ? "list" : type);
  const options = enumOptions(schema);
  if (options.length > 0) parts.push("one of " + options.map((o) => `${o.value} (${o.label})`).join(", "));
  if (typeof schema["maxLength"] === "number") parts.push(`at most ${schema["maxLength"]} characters`);
  if (typeof schema["minItems"] === "number") parts.push(`at least ${schema["minItems"]} item`);
  if (typeof schema["maxItems"] === "number") parts.push(`at most ${schema["maxItems"]} items`);
  if (typeof schema["minimum"] === "number") parts.push(`≥ ${schema["minimum"]}`);
  if (typeof schema["maximum"] === "number") parts.push(`≤ ${schema["maximum"]}`);
  return parts.join(", ");
}
