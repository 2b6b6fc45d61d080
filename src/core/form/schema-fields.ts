import { bodySchema, type SchemaNode } from "../../endpoint/schema";
import type { JsonPath } from "../json/json-path";
import { enumOptions, isInt64, itemsOf, propertiesOf, schemaAt } from "../schema/schema-nav";
import { itemFields } from "../../endpoint/item-fields";
import { proposedValue, type JsonValue } from "../schema/proposed-value";

type FieldKind = "int64" | "integer-enum" | "string" | "list" | "object";

/** One choice of an integer enum: `{ value: 2, label: "2 — percent" }`. */
export interface EnumOption {
  readonly value: number;
  readonly label: string;
}

/** Everything the form needs to render one schema property, read from the schema only. */
export interface FieldDescriptor {
  readonly name: string;
  /** Where the field lives, items written `[]`: `marketing_activity_datas[].occurred_on`. */
  readonly pathPattern: string;
  readonly kind: FieldKind;
  /** The documented description (empty when the schema has none). */
  readonly description: string;
  /** Listed in the parent's `required`: the form offers no "remove" for it. */
  readonly required: boolean;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly enumOptions?: readonly EnumOption[];
  /** The value a new field or item starts with: `proposedValue` (the example, fitted to the limits). */
  readonly example: JsonValue;
  /** Set on millisecond timestamps (`occurred_on`): offer the date-time helpers of epoch-ms.ts. */
  readonly timestamp?: "epoch-ms";
  readonly schema: SchemaNode;
}

/** `["marketing_activity_datas", 0, "name"]` → `"marketing_activity_datas[].name"`. */
export function pathPattern(path: JsonPath): string {
  return path.map((segment, i) => (typeof segment === "number" ? "[]" : i === 0 ? segment : `.${segment}`)).join("");
}

function kindOf(schema: SchemaNode, pattern: string): FieldKind {
  const type = schema["type"];
  if (type === "integer") return Array.isArray(schema["enum"]) ? "integer-enum" : "int64";
  if (type === "string") return "string";
  if (type === "array" && itemsOf(schema)?.["type"] === "object") return "list";
  if (type === "object") return "object";
  // Our schema has nothing else; a new kind must be taught to the form, not silently mis-rendered.
  throw new Error(`The form has no input for ${pattern} (type ${JSON.stringify(type)})`);
}

function numberKeyword(schema: SchemaNode, keyword: string): number | undefined {
  const value = schema[keyword];
  return typeof value === "number" ? value : undefined;
}

function describe(name: string, schema: SchemaNode, pattern: string, required: boolean): FieldDescriptor {
  const kind = kindOf(schema, pattern);
  const description = schema["description"];
  const field: { -readonly [K in keyof FieldDescriptor]: FieldDescriptor[K] } = {
    name,
    pathPattern: pattern,
    kind,
    description: typeof description === "string" ? description : "",
    required,
    example: proposedValue(schema),
    schema,
  };
  for (const keyword of ["maxLength", "minItems", "maxItems", "minimum", "maximum"] as const) {
    const value = numberKeyword(schema, keyword);
    if (value !== undefined) field[keyword] = value;
  }
  if (kind === "integer-enum") {
    field.enumOptions = enumOptions(schema).flatMap((option) =>
      typeof option.value === "number" ? [{ value: option.value, label: `${option.value} — ${option.label}` }] : [],
    );
  }
  if (name === itemFields.occurredOn && isInt64(schema)) field.timestamp = "epoch-ms";
  return field;
}

const cache = new WeakMap<SchemaNode, Map<string, readonly FieldDescriptor[]>>();

/** The fields of an object schema, in the schema's order. `parentPattern` names where the object is. */
export function schemaFieldsOf(objectSchema: SchemaNode, parentPattern = ""): readonly FieldDescriptor[] {
  let byPattern = cache.get(objectSchema);
  if (!byPattern) cache.set(objectSchema, (byPattern = new Map()));
  let fields = byPattern.get(parentPattern);
  if (!fields) {
    const required = objectSchema["required"];
    fields = Object.entries(propertiesOf(objectSchema)).map(([name, schema]) =>
      describe(name, schema, parentPattern === "" ? name : `${parentPattern}.${name}`, Array.isArray(required) && required.includes(name)),
    );
    byPattern.set(parentPattern, fields);
  }
  return fields;
}

/** The documented fields of the object at `path` (e.g. `["marketing_activity_datas", 3]`), or undefined if the schema describes no object there. */
export function objectFieldsAt(path: JsonPath): readonly FieldDescriptor[] | undefined {
  const schema = schemaAt(bodySchema, path);
  return schema?.["type"] === "object" ? schemaFieldsOf(schema, pathPattern(path)) : undefined;
}

/** The descriptor of the property at `path` (last segment a name), or undefined when not documented. */
export function fieldAt(path: JsonPath): FieldDescriptor | undefined {
  const name = path[path.length - 1];
  if (typeof name !== "string") return undefined;
  return objectFieldsAt(path.slice(0, -1))?.find((field) => field.name === name);
}
