import type { JsonPath } from "../json/json-path";
import { schemaAt } from "../schema/schema-nav";
import { itemsListField } from "../../endpoint/item-fields";
import type { ColumnMapping } from "./column-mapping";
import type { SchemaNode } from "../../endpoint/schema";
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
 * kept, so the person sees every problem at once). Fields come out in the order of their first
 * written cell. The mapping is compiled once into the items' shape (`compilePlan`), so 10,000
 * rows cost string joins, not a tree of Maps each; a mapping whose paths collide (one column a
 * list, another inside it) takes the general, slower placement.
 */
export function rowsToItems(rows: readonly (readonly string[])[], mapping: readonly ColumnMapping[], options: ConvertOptions): ImportResult {
  const schemas = mapping.map((column) => (column.path === undefined ? undefined : schemaAt(itemSchema, column.path)));
  const plan = compilePlan(mapping, schemas);
  const items: string[] = [];
  const problems: CellProblem[] = [];
  const values: (string | undefined)[] = new Array<string | undefined>(mapping.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (isBlank(row)) continue; // a blank line in the export
    for (let c = 0; c < mapping.length; c++) {
      values[c] = undefined;
      const cell = row[c] ?? "";
      const schema = schemas[c];
      if (schema === undefined || cell.trim() === "") continue;
      const result = convertCell(cell, schema, options);
      if (result.ok) values[c] = result.json;
      else problems.push({ row: r + 1, column: mapping[c]?.column ?? "", message: result.problem });
    }
    if (plan) items.push(writeRow(plan, values));
    else items.push(placeGenerally(mapping, values));
  }
  return { items, problems };
}

function isBlank(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== "") return false;
  return true;
}

/** The items' shape from the mapping: where each column's value goes. */
type PlanNode =
  | { readonly kind: "leaf"; readonly column: number }
  | { readonly kind: "object"; readonly fields: { readonly key: string; readonly quotedKey: string; readonly node: PlanNode }[] }
  | { readonly kind: "list"; readonly items: { readonly index: number; readonly node: PlanNode }[] };

/** The shape, or undefined when two columns' paths collide (the same field, or one inside another). */
export function compilePlan(mapping: readonly ColumnMapping[], schemas: readonly (SchemaNode | undefined)[]): PlanNode | undefined {
  const root: PlanNode = { kind: "object", fields: [] };
  for (const [c, column] of mapping.entries()) {
    const path = column.path;
    if (path === undefined || schemas[c] === undefined) continue;
    let node: PlanNode = root;
    for (const [i, segment] of path.entries()) {
      const last = i === path.length - 1;
      const next = path[i + 1];
      const wanted: PlanNode = last ? { kind: "leaf", column: c } : typeof next === "number" ? { kind: "list", items: [] } : { kind: "object", fields: [] };
      let found: PlanNode | undefined;
      if (node.kind === "object" && typeof segment === "string") {
        found = node.fields.find((f) => f.key === segment)?.node;
        if (found === undefined) node.fields.push({ key: segment, quotedKey: JSON.stringify(segment), node: (found = wanted) });
      } else if (node.kind === "list" && typeof segment === "number") {
        found = node.items.find((item) => item.index === segment)?.node;
        if (found === undefined) {
          node.items.push({ index: segment, node: (found = wanted) });
          node.items.sort((a, b) => a.index - b.index);
        }
      } else return undefined;
      if (found !== wanted && (last || found.kind !== wanted.kind)) return undefined;
      node = found;
    }
  }
  return root;
}

/** One row's item from the compiled shape: the same text as `placeGenerally` writes. */
export function writeRow(plan: PlanNode, values: readonly (string | undefined)[]): string {
  return renderNode(plan, values) ?? "{}";
}

/** The first column written into the node `renderNode` last returned text for (saves an object per node and row). */
let renderedFirst = 0;

/** A node's JSON text from this row's values (undefined when no cell of it was written); sets `renderedFirst`. */
function renderNode(node: PlanNode, values: readonly (string | undefined)[]): string | undefined {
  if (node.kind === "leaf") {
    renderedFirst = node.column;
    return values[node.column];
  }
  let text = "";
  let first = Infinity;
  if (node.kind === "list") {
    for (const item of node.items) {
      const rendered = renderNode(item.node, values);
      if (rendered === undefined) continue;
      text += text === "" ? rendered : "," + rendered;
      first = Math.min(first, renderedFirst);
    }
    renderedFirst = first;
    return text === "" ? undefined : `[${text}]`;
  }
  let previous = -1;
  for (const field of node.fields) {
    const rendered = renderNode(field.node, values);
    if (rendered === undefined) continue;
    // Fields go in the order of their first written cell: usually the shape's order already.
    if (renderedFirst < previous) return renderObjectSorted(node, values);
    previous = renderedFirst;
    first = Math.min(first, renderedFirst);
    text += (text === "" ? "" : ",") + field.quotedKey + ":" + rendered;
  }
  renderedFirst = first;
  return text === "" ? undefined : `{${text}}`;
}

/** An object whose fields' first written cells are out of the shape's order (an earlier column empty in this row). */
function renderObjectSorted(node: Extract<PlanNode, { kind: "object" }>, values: readonly (string | undefined)[]): string | undefined {
  const parts: { text: string; first: number }[] = [];
  for (const field of node.fields) {
    const rendered = renderNode(field.node, values);
    if (rendered !== undefined) parts.push({ text: `${field.quotedKey}:${rendered}`, first: renderedFirst });
  }
  parts.sort((a, b) => a.first - b.first);
  renderedFirst = parts[0]?.first ?? 0;
  return parts.length === 0 ? undefined : `{${parts.map((p) => p.text).join(",")}}`;
}

/** One row's item by placing each written value along its column's path, in column order (collisions: the later value wins). */
export function placeGenerally(mapping: readonly ColumnMapping[], values: readonly (string | undefined)[]): string {
  const item: Node = { kind: "object", fields: new Map() };
  mapping.forEach((column, c) => {
    const value = values[c];
    if (column.path !== undefined && value !== undefined) place(item, column.path, value);
  });
  return render(item);
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
