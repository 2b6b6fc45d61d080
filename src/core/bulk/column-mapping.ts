import { bodySchema, type SchemaNode } from "../../endpoint/schema";
import { parsePath, type JsonPath } from "../json/json-path";
import { itemsOf, propertiesOf, schemaAt } from "../schema/schema-nav";
import { itemsListField } from "../../endpoint/item-fields";
import { suggestName } from "../validation/suggest-name";

/** The schema of one item of the body's list: the only source of field names here. */
export const itemSchema: SchemaNode = itemsOf(propertiesOf(bodySchema)[itemsListField]) ?? {};

/** How a column found its field: by exact name, ignoring case and separators, or not at all. */
type MatchKind = "exact" | "loose" | "none";

export interface ColumnMapping {
  readonly column: string;
  /** The field written from this column (a path inside the item), or undefined: not imported. */
  readonly path: JsonPath | undefined;
  readonly match: MatchKind;
  /** For an unmatched column, the field it most likely means. */
  readonly suggestion?: string;
}

/** `Order Num`, `order-num`, `ORDER_NUM` all mean `order_num`. */
function looseKey(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]+/g, "");
}

/** The item's top-level fields, in the schema's order: what a column can be set to. */
export function itemFieldNames(): string[] {
  return Object.keys(propertiesOf(itemSchema));
}

/** A column name as a path inside the item (`product_sale_list[0].product_id`), if the schema knows it. */
function pathOf(name: string): JsonPath | undefined {
  const path = name.includes("[") || name.includes(".") ? parsePath(name) : [name];
  if (!path || path.length === 0 || schemaAt(itemSchema, path) === undefined) return undefined;
  // A nested path must name a leaf inside a list item: list[n].field.
  return path;
}

/** Matches one header to a field: exact, then case/separator-insensitive, then a suggestion. */
export function mapColumn(column: string): ColumnMapping {
  const name = column.trim();
  const exact = pathOf(name);
  if (exact) return { column, path: exact, match: "exact" };
  const fields = itemFieldNames();
  // Loose matching on every segment name of a nested column.
  const loose = pathOf(name.replace(/[^[\].]+/g, (segment) => (/^\d+$/.test(segment) ? segment : fields.find((f) => looseKey(f) === looseKey(segment)) ?? nestedField(segment))));
  if (loose) return { column, path: loose, match: "loose" };
  const suggestion = suggestName(name, fields);
  return suggestion === undefined ? { column, path: undefined, match: "none" } : { column, path: undefined, match: "none", suggestion };
}

/** A field of some list item (`product_id`, `count`) matched loosely, else the segment unchanged. */
function nestedField(segment: string): string {
  for (const field of itemFieldNames()) {
    const inner = Object.keys(propertiesOf(itemsOf(propertiesOf(itemSchema)[field])));
    const found = inner.find((f) => looseKey(f) === looseKey(segment));
    if (found) return found;
  }
  return segment;
}

export function mapColumns(header: readonly string[]): ColumnMapping[] {
  return header.map(mapColumn);
}
