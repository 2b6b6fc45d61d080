import type { SchemaNode } from "../../endpoint/schema";
import { isInt64, itemsOf, propertiesOf } from "./schema-nav";

/** A JSON value as the schema writes examples (its numbers are small enough to be exact). */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * The value the app proposes for a field or a new list item: the documented example where there
 * is one, built up for objects (every property, in schema order) and lists (one item), and
 * adjusted to the documented limits. Every proposal source — the form's "Add item" and "Add
 * field", the editor's whole-item snippet and value completion, the docs' "Example" line — takes
 * its value from here, so nothing the app offers fails the app's own checks (the page's example
 * name "FackbookOrderConversionRate" has 27 characters under a limit of 20).
 * @example proposedValue({ type: "string", maxLength: 20, examples: ["FackbookOrderConversionRate"] }) // → "FackbookOrder"
 */
export function proposedValue(schema: SchemaNode): JsonValue {
  switch (schema["type"]) {
    case "object": {
      const out: Record<string, JsonValue> = {};
      for (const [name, property] of Object.entries(propertiesOf(schema))) out[name] = proposedValue(property);
      return out;
    }
    case "array": {
      const items = itemsOf(schema);
      const maxItems = numberAt(schema, "maxItems");
      return items && (maxItems === undefined || maxItems > 0) ? [proposedValue(items)] : [];
    }
    default:
      return fitToLimits(publishedExample(schema) ?? blankOf(schema), schema);
  }
}

/** The schema's `examples[0]`, as published (it may break the schema's own limits). */
export function publishedExample(schema: SchemaNode): JsonValue | undefined {
  const examples = schema["examples"];
  return Array.isArray(examples) && examples.length > 0 && examples[0] !== undefined ? examples[0] : undefined;
}

/**
 * How a value breaks the limits of a leaf schema, one phrase each ("27 characters; the
 * documented limit is 20"); empty when it fits. Used to say why a proposal differs from the
 * published example.
 */
export function limitBreaks(value: JsonValue, schema: SchemaNode): string[] {
  const breaks: string[] = [];
  const options = schema["enum"];
  if (Array.isArray(options) && !options.some((option) => option === value)) breaks.push(`not one of the documented values ${options.join(", ")}`);
  if (typeof value === "string") {
    const length = codePointLength(value);
    const max = numberAt(schema, "maxLength");
    const min = numberAt(schema, "minLength");
    if (max !== undefined && length > max) breaks.push(`${length} characters; the documented limit is ${max}`);
    if (min !== undefined && length < min) breaks.push(`${length} characters; the documented minimum is ${min}`);
  }
  if (typeof value === "number") {
    const max = numberAt(schema, "maximum");
    const min = numberAt(schema, "minimum");
    if (max !== undefined && value > max) breaks.push(`above the documented maximum ${max}`);
    if (min !== undefined && value < min) breaks.push(`below the documented minimum ${min}`);
    if ((schema["type"] === "integer" || isInt64(schema)) && !Number.isInteger(value)) breaks.push("not a whole number");
  }
  return breaks;
}

/** A leaf value moved inside the schema's limits: enum, length and range. */
function fitToLimits(value: JsonValue, schema: SchemaNode): JsonValue {
  const options = schema["enum"];
  if (Array.isArray(options) && options.length > 0 && !options.some((option) => option === value)) return options[0] as JsonValue;
  if (typeof value === "string") return fitLength(value, numberAt(schema, "minLength"), numberAt(schema, "maxLength"));
  if (typeof value === "number") {
    const whole = schema["type"] === "integer" ? Math.trunc(value) : value;
    const min = numberAt(schema, "minimum");
    const max = numberAt(schema, "maximum");
    return Math.min(max ?? Infinity, Math.max(min ?? -Infinity, whole));
  }
  return value;
}

/**
 * A too-long name is cut at its last word boundary (camelCase, `_`, `-`, space) that fits, so it
 * still reads as a name ("FackbookOrder", not "FackbookOrderConvers"); without one, at the limit.
 * Lengths count code points, as the validator does.
 */
function fitLength(value: string, min: number | undefined, max: number | undefined): string {
  let chars = [...value];
  if (max !== undefined && chars.length > max) {
    const cut = chars.slice(0, max);
    let boundary = 0;
    for (let i = 1; i <= max && i < chars.length; i++) if (isWordStart(chars, i)) boundary = i;
    // A boundary that would keep less than half the allowed length loses too much of the name.
    chars = boundary >= max / 2 ? cut.slice(0, boundary) : cut;
    while (chars.length > 0 && /[\s_-]/.test(chars[chars.length - 1] ?? "")) chars.pop();
  }
  if (min !== undefined) while (chars.length < min) chars.push("x");
  return chars.join("");
}

function isWordStart(chars: readonly string[], i: number): boolean {
  const previous = chars[i - 1] ?? "";
  const current = chars[i] ?? "";
  return /[\s_-]/.test(previous) || (/[a-z0-9]/.test(previous) && /[A-Z]/.test(current));
}

function blankOf(schema: SchemaNode): JsonValue {
  switch (schema["type"]) {
    case "integer":
    case "number":
      return 0;
    case "string":
      return "";
    case "boolean":
      return false;
    default:
      return null;
  }
}

function numberAt(schema: SchemaNode, key: string): number | undefined {
  const value = schema[key];
  return typeof value === "number" ? value : undefined;
}

function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
