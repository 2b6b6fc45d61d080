import { findLastProperty, formatPath, type JsonPath } from "../json/json-path";
import { literalOf, type JsonNode } from "../json/parse-json";
import { itemsOf } from "../schema/schema-nav";
import { itemFields } from "../../endpoint/item-fields";
import { epochMsToIsoUtc } from "./epoch-ms";
import { schemaFieldsOf, type FieldDescriptor } from "./schema-fields";
import { describeNodeType, spanOf, type Span } from "./span";

/** One list item as a collapsed group shows it; its fields are built on demand (buildObjectModel). */
export interface ItemSummary {
  readonly index: number;
  readonly path: JsonPath;
  /** The group's legend: its path, `marketing_activity_datas[0]`. */
  readonly legend: string;
  /** What a person recognises the item by: `MA_12323312324 · 2022-12-28 17:00:00 UTC` (may be empty). */
  readonly summary: string;
  /** False when the item is not an object (then it can only be removed or fixed in the editor). */
  readonly isObject: boolean;
  readonly span: Span;
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
}

/** A list field: its items (summaries only) and what may be done to it. */
export interface ListModel {
  readonly field: FieldDescriptor;
  readonly path: JsonPath;
  /** `marketing_activity_datas[0].product_sale_list` */
  readonly label: string;
  /** False when the field is absent; "add item" then creates the list. */
  readonly present: boolean;
  readonly items: readonly ItemSummary[];
  /** Whether "add item" and "duplicate" are allowed. */
  readonly canAdd: boolean;
  /** Why not: `"at most 5 items"`, or the problem below. */
  readonly addDisabledReason?: string;
  /** The value is not a list (`"product_sale_list": "x"`): shown, not editable here. */
  readonly problem?: string;
}

/** "2022-12-28 17:00:00 UTC" (milliseconds only when not zero). */
function readableUtc(literal: string): string {
  const iso = epochMsToIsoUtc(literal);
  return iso === undefined ? literal : iso.replace("T", " ").replace(".000Z", "Z").replace("Z", " UTC");
}

/** The fields an item is recognised by: its id (or first string field) and its timestamps. */
interface SummaryFields {
  readonly id: FieldDescriptor | undefined;
  readonly timestamps: readonly FieldDescriptor[];
}

function summaryFieldsOf(fields: readonly FieldDescriptor[]): SummaryFields {
  return {
    id: fields.find((field) => field.name === itemFields.id) ?? fields.find((field) => field.kind === "string"),
    timestamps: fields.filter((field) => field.timestamp),
  };
}

function summaryOf(text: string, item: JsonNode, { id, timestamps }: SummaryFields): string {
  const parts: string[] = [];
  const idNode = id ? findLastProperty(item, id.name)?.children?.[1] : undefined;
  if (idNode) parts.push(idNode.type === "string" ? String(idNode.value) : literalOf(text, idNode));
  for (const field of timestamps) {
    const node = findLastProperty(item, field.name)?.children?.[1];
    if (node) parts.push(node.type === "number" ? readableUtc(literalOf(text, node)) : literalOf(text, node));
  }
  return parts.join(" · ");
}

/**
 * Summaries of items already seen, by item node. A node from parseJson never changes content;
 * reparseAfterEdits replaces every object whose own text an edit touches, so an item node that
 * survives an edit still has the same direct values — the only ones a summary reads — unless one
 * of those values is itself an object or list (then it is not cached). On a 1,000-item body a
 * form keystroke thus summarises one item, not a thousand.
 */
const summaryCache = new WeakMap<JsonNode, string>();

function cachedSummaryOf(text: string, item: JsonNode, fields: SummaryFields): string {
  const cached = summaryCache.get(item);
  if (cached !== undefined) return cached;
  const summary = summaryOf(text, item, fields);
  const valueNodes = [fields.id, ...fields.timestamps].map((field) => (field ? findLastProperty(item, field.name)?.children?.[1] : undefined));
  if (valueNodes.every((node) => node?.children === undefined)) summaryCache.set(item, summary);
  return summary;
}

/**
 * The model of the list field `field` at `path`, whose value node is `listNode` (undefined when
 * absent). Cost is a couple of property look-ups per item, so 1,000 items stay cheap.
 */
export function buildListModel(text: string, field: FieldDescriptor, path: JsonPath, listNode: JsonNode | undefined): ListModel {
  const label = formatPath(path);
  if (listNode && listNode.type !== "array") {
    const problem = `Expected a list, found ${describeNodeType(listNode)}`;
    return { field, path, label, present: true, items: [], canAdd: false, addDisabledReason: problem, problem };
  }
  const itemSchema = itemsOf(field.schema);
  const summaryFields = summaryFieldsOf(itemSchema ? schemaFieldsOf(itemSchema, `${field.pathPattern}[]`) : []);
  const nodes = listNode?.children ?? [];
  const items = nodes.map((item, index): ItemSummary => {
    const itemPath = [...path, index];
    return {
      index,
      path: itemPath,
      legend: `${label}[${index}]`,
      summary: item.type === "object" ? cachedSummaryOf(text, item, summaryFields) : literalOf(text, item),
      isObject: item.type === "object",
      span: spanOf(item),
      canMoveUp: index > 0,
      canMoveDown: index < nodes.length - 1,
    };
  });
  const full = field.maxItems !== undefined && items.length >= field.maxItems;
  const base = { field, path, label, present: listNode !== undefined, items };
  return full ? { ...base, canAdd: false, addDisabledReason: `at most ${field.maxItems} items` } : { ...base, canAdd: true };
}
