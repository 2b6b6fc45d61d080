import { bodySchema, type SchemaNode } from "../../endpoint/schema";
import { formatPath, type JsonPath } from "../json/json-path";
import { describeType, enumOptions, isInt64, schemaAt } from "../schema/schema-nav";
import { limitBreaks, proposedValue, publishedExample } from "../schema/proposed-value";
import { int64Max, int64Min } from "../validation/int64";
import { basisText, validatorRules, type ValidatorRuleId } from "../../endpoint/rules";
import { counterBounds, itemFields, itemsListField } from "../../endpoint/item-fields";

/** What the docs panel shows for one field, all of it read from `bodySchema`. */
interface FieldDocs {
  /** Where: `marketing_activity_datas[0].click_num`. */
  readonly pathText: string;
  /** The field's own name (`click_num`); for a list item, the list's name with its index (`product_sale_list[2]`). */
  readonly name: string;
  readonly description: string;
  /** `describeType` of the field's schema: "long (64-bit integer)". */
  readonly type: string;
  /** The limits the schema sets, one sentence each: "At most 20 characters" (an enum's values are in `enumOptions`). */
  readonly limits: readonly string[];
  /**
   * The example as JSON text (`"MA_12323312324"`, `100`), when the schema has one: the documented
   * one, adjusted to the documented limits where it breaks them (see `publishedExample`).
   */
  readonly example?: string;
  /** The example as the page publishes it, only where it breaks a documented limit, with why. */
  readonly publishedExample?: { readonly text: string; readonly note: string };
  readonly enumOptions: readonly { value: number | string; label: string }[];
  /** The rules checked on this field, each with its basis: "documented — …" or "assumed — …". */
  readonly rules: readonly string[];
}

/**
 * The documentation of the field at `path` in the body, array indexes standing for the list's
 * items schema. Undefined where the schema documents nothing (an unknown field).
 * @example fieldDocs(["marketing_activity_datas", 0, "click_num"])?.description // → "Click count"
 */
export function fieldDocs(path: JsonPath): FieldDocs | undefined {
  const schema = schemaAt(bodySchema, path);
  if (!schema) return undefined;
  const docs: FieldDocs = {
    pathText: formatPath(path),
    name: nameOf(path),
    description: descriptionOf(schema, path),
    type: describeType(schema),
    limits: limitsOf(schema),
    enumOptions: enumOptions(schema),
    rules: rulesOf(schema, path).map((id) => basisText(validatorRules[id])),
  };
  return { ...docs, ...exampleOf(schema) };
}

function nameOf(path: JsonPath): string {
  const last = path[path.length - 1];
  if (last === undefined) return "(body)";
  if (typeof last === "string") return last;
  const list = path[path.length - 2];
  return `${typeof list === "string" ? list : ""}[${last}]`;
}

/** A list's items carry no description of their own: they are described by their list's. */
function descriptionOf(schema: SchemaNode, path: JsonPath): string {
  const own = textOf(schema["description"]) ?? (path.length === 0 ? textOf(bodySchema["title"]) : undefined);
  if (own !== undefined) return own;
  if (typeof path[path.length - 1] === "number") {
    const list = schemaAt(bodySchema, path.slice(0, -1));
    const listDescription = list && textOf(list["description"]);
    if (listDescription !== undefined) return `One item of: ${listDescription}`;
  }
  return "No description in the documentation.";
}

function limitsOf(schema: SchemaNode): string[] {
  const limits: string[] = [];
  const numberAt = (key: string) => (typeof schema[key] === "number" ? (schema[key] as number) : undefined);
  const minLength = numberAt("minLength");
  const maxLength = numberAt("maxLength");
  const minItems = numberAt("minItems");
  const maxItems = numberAt("maxItems");
  const minimum = numberAt("minimum");
  const maximum = numberAt("maximum");
  if (minLength !== undefined) limits.push(`At least ${plural(minLength, "character")}`);
  if (maxLength !== undefined) limits.push(`At most ${plural(maxLength, "character")}`);
  if (minItems !== undefined) limits.push(`At least ${plural(minItems, "item")}`);
  if (maxItems !== undefined) limits.push(`At most ${plural(maxItems, "item")}`);
  if (minimum !== undefined) limits.push(`At least ${minimum}`);
  if (maximum !== undefined) limits.push(`At most ${maximum}`);
  if (isInt64(schema)) limits.push(`A whole number from ${int64Min} to ${int64Max} (signed 64-bit)`);
  return limits;
}

/** Schema keywords that are rules, then the assumed checks that look at this field. */
function rulesOf(schema: SchemaNode, path: JsonPath): ValidatorRuleId[] {
  const ids: ValidatorRuleId[] = [];
  for (const keyword of ["type", "enum", "maxLength", "maxItems", "minimum"] as const) if (keyword in schema) ids.push(keyword);
  if (isInt64(schema)) ids.push("int64-range");
  const name = path[path.length - 1];
  const inItem = path.length === 3 && path[0] === itemsListField;
  if (path.length === 1 && name === itemsListField) ids.push("nothing-to-sync");
  if (inItem && (name === itemFields.id || name === itemFields.occurredOn)) ids.push("missing-identity");
  if (inItem && name === itemFields.occurredOn) ids.push("timestamp-future");
  if (inItem && counterBounds.some((b) => b.part === name || b.whole === name)) ids.push("counters-inconsistent");
  if (path.length === 5 && name === itemFields.customValue) ids.push("value-type");
  return ids;
}

/** The proposal the app would insert, and the published example beside it when that breaks a limit. */
function exampleOf(schema: SchemaNode): Pick<FieldDocs, "example" | "publishedExample"> {
  const published = publishedExample(schema);
  if (published === undefined) return {};
  // The schema's examples are small numbers and strings, exact as JavaScript values.
  const example = JSON.stringify(proposedValue(schema));
  const breaks = limitBreaks(published, schema);
  if (breaks.length === 0) return { example };
  return { example, publishedExample: { text: JSON.stringify(published), note: `The page's own example breaks its documented limit: ${breaks.join("; ")}.` } };
}

function textOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
