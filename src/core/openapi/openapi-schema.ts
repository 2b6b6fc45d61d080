import type { SchemaNode } from "../../endpoint/schema";
import type { JsonObject } from "./json-value";

const droppedKeys = new Set(["$schema", "$id"]);

/**
 * The body schema as an OpenAPI 3.1 Schema Object. OAS 3.1 schemas are JSON Schema 2020-12, and
 * everything our draft-07 schema uses means the same there (`items` as one schema, `examples`,
 * `format`, `enum`, `maxLength`…), except the root's `$schema` (it would declare a draft-07 dialect
 * inside a 2020-12 document) and `$id` (it would re-base `$ref`s inside the OpenAPI document).
 * `enumDescriptions` stays: 2020-12 keeps unknown keywords as annotations.
 */
export function toOpenApiSchema(schema: SchemaNode): JsonObject {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !droppedKeys.has(key)));
}
