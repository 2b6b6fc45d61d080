import type { JsonPath } from "../json/json-path";
import { schemaAt } from "../schema/schema-nav";
import { itemsListField } from "../../endpoint/item-fields";
import type { ColumnMapping } from "./column-mapping";
import { itemSchema } from "./column-mapping";
import { convertCell, type ConvertOptions } from "./convert-cell";

interface CellProblem {
  /** 1-based data row (the header is row 0). */
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

export interface ImportResult {
  /** Each item's JSON text, in row order. */
  readonly items: string[];
  readonly problems: CellProblem[];
}

/** A value under construction: a literal's JSON text, an object's fields in order, or a list's items by index. */
type Node = { kind: "literal"; json: string } | { kind: "object"; fields: Map<string, Node> } | { kind: "list"; items: Map<number, Node> };

/**
 * Table rows → items. Each mapped, non-empty cell is converted by its field's schema; empty
 * cells omit the field; cells with problems are left out and reported (the rest of the row is
 * kept, so the person sees every problem at once). Fields come out in column order.
 */
export function rowsToItems(rows: readonly (readonly string[])[], mapping: readonly ColumnMapping[], options: ConvertOptions): ImportResult {
  const items: string[] = [];
  const problems: CellProblem[] = [];
  const schemas = mapping.map((column) => (column.path === undefined ? undefined : schemaAt(itemSchema, column.path)));
  rows.forEach((row, r) => {
    if (row.every((cell) => cell.trim() === "")) return; // a blank line in the export
    const item: Node = { kind: "object", fields: new Map() };
    mapping.forEach((column, c) => {
      const cell = row[c] ?? "";
      if (column.path === undefined || cell.trim() === "") return;
      const schema = schemas[c];
      if (schema === undefined) return;
      const result = convertCell(cell, schema, options);
      if (!result.ok) problems.push({ row: r + 1, column: column.column, message: result.problem });
      else place(item, column.path, result.json);
    });
    items.push(render(item));
  });
  return { items, problems };
}

function place(root: Node, path: JsonPath, json: string): void {
  let node = root;
  path.forEach((segment, i) => {
    const last = i === path.length - 1;
    const child: Node = last ? { kind: "literal", json } : typeof path[i + 1] === "number" ? { kind: "list", items: new Map() } : { kind: "object", fields: new Map() };
    if (node.kind === "object" && typeof segment === "string") {
      const existing = node.fields.get(segment);
      node = existing && !last ? existing : (node.fields.set(segment, child), child);
    } else if (node.kind === "list" && typeof segment === "number") {
      const existing = node.items.get(segment);
      node = existing && !last ? existing : (node.items.set(segment, child), child);
    }
  });
}

/** Compact JSON text of a node; list items in index order (gaps closed). */
function render(node: Node): string {
  if (node.kind === "literal") return node.json;
  if (node.kind === "list") return `[${[...node.items.entries()].sort(([a], [b]) => a - b).map(([, n]) => render(n)).join(",")}]`;
  return `{${[...node.fields.entries()].map(([k, n]) => `${JSON.stringify(k)}:${render(n)}`).join(",")}}`;
}

/** The body holding `items`, one item a line, as the editor shows it. */
export function bodyWithItems(items: readonly string[]): string {
  if (items.length === 0) return `{\n  ${JSON.stringify(itemsListField)}: []\n}\n`;
  return `{\n  ${JSON.stringify(itemsListField)}: [\n    ${items.join(",\n    ")}\n  ]\n}\n`;
}
