import { formatPath, nodeAtPath, type JsonPath } from "../json/json-path";
import { literalOf, type JsonNode } from "../json/parse-json";
import { itemsOf } from "../schema/schema-nav";
import { addField } from "./add-field";
import { rootForEdit } from "./body-syntax";
import { insertEntry, removeEntry } from "./container-edits";
import { containerLayout } from "./container-layout";
import { documentLayout } from "./layout-style";
import { renderJson } from "./render-json";
import { proposedValue } from "../schema/proposed-value";
import { fieldAt, type FieldDescriptor } from "./schema-fields";
import { editError, editsOk, type EditResult } from "./edit-result";

type ListTarget = { ok: true; root: JsonNode; field: FieldDescriptor; list: JsonNode | undefined } | { ok: false; result: EditResult };

function locateList(text: string, listPath: JsonPath, root: JsonNode | undefined): ListTarget {
  const tree = rootForEdit(text, root);
  if (!tree.ok) return { ok: false, result: editError(tree.error) };
  const field = fieldAt(listPath);
  if (field?.kind !== "list") return { ok: false, result: editError(`${formatPath(listPath)} is not a documented list`) };
  const list = nodeAtPath(tree.root, listPath);
  if (list && list.type !== "array") return { ok: false, result: editError(`${formatPath(listPath)} is not a list`) };
  return { ok: true, root: tree.root, field, list };
}

function fullReason(field: FieldDescriptor, count: number): string | undefined {
  return field.maxItems !== undefined && count >= field.maxItems ? `at most ${field.maxItems} items` : undefined;
}

/**
 * Appends an item pre-filled with the proposed value (the examples, fitted to the limits), written like the list's other items.
 * An absent list is created (through addField) with that one item. Refused at `maxItems`.
 */
export function addListItem(text: string, listPath: JsonPath, root?: JsonNode): EditResult {
  const target = locateList(text, listPath, root);
  if (!target.ok) return target.result;
  const { field, list } = target;
  if (!list) {
    const created = addField(text, listPath.slice(0, -1), field.name, target.root);
    return created.ok ? editsOk(created.edits, [...listPath, 0]) : created;
  }
  const count = list.children?.length ?? 0;
  const full = fullReason(field, count);
  if (full) return editError(full);
  const itemSchema = itemsOf(field.schema);
  if (!itemSchema) return editError(`${formatPath(listPath)} documents no item shape`);
  const layout = containerLayout(text, list, documentLayout(text, target.root));
  return editsOk([insertEntry(list, count, renderJson(proposedValue(itemSchema), layout.childStyle), layout)], [...listPath, count]);
}

/** Removes item `index` and one comma next to it; the last item leaves `[]`. */
export function removeListItem(text: string, listPath: JsonPath, index: number, root?: JsonNode): EditResult {
  const target = locateList(text, listPath, root);
  if (!target.ok) return target.result;
  const edit = target.list ? removeEntry(target.list, index) : undefined;
  return edit ? editsOk([edit]) : editError(`${formatPath([...listPath, index])} does not exist`);
}

/** Swaps item `index` with its neighbour (`delta` -1: up, +1: down): the two items' texts trade places exactly. */
export function moveListItem(text: string, listPath: JsonPath, index: number, delta: -1 | 1, root?: JsonNode): EditResult {
  const target = locateList(text, listPath, root);
  if (!target.ok) return target.result;
  const items = target.list?.children ?? [];
  const item = items[index];
  const other = items[index + delta];
  if (!item) return editError(`${formatPath([...listPath, index])} does not exist`);
  if (!other) return editError(delta < 0 ? "Already the first item" : "Already the last item");
  return editsOk(
    [
      { offset: item.offset, length: item.length, text: literalOf(text, other) },
      { offset: other.offset, length: other.length, text: literalOf(text, item) },
    ],
    [...listPath, index + delta],
  );
}

/** Inserts an exact copy of item `index` right after it. Refused at `maxItems`. */
export function duplicateListItem(text: string, listPath: JsonPath, index: number, root?: JsonNode): EditResult {
  const target = locateList(text, listPath, root);
  if (!target.ok) return target.result;
  const items = target.list?.children ?? [];
  const item = items[index];
  if (!target.list || !item) return editError(`${formatPath([...listPath, index])} does not exist`);
  const full = fullReason(target.field, items.length);
  if (full) return editError(full);
  const layout = containerLayout(text, target.list, documentLayout(text, target.root));
  return editsOk([insertEntry(target.list, index + 1, literalOf(text, item), layout)], [...listPath, index + 1]);
}
