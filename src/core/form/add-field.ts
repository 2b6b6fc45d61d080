import { findLastProperty, formatPath, nodeAtPath, type JsonPath } from "../json/json-path";
import type { JsonNode } from "../json/parse-json";
import { rootForEdit } from "./body-syntax";
import { insertEntry } from "./container-edits";
import { containerLayout } from "./container-layout";
import { documentLayout } from "./layout-style";
import { renderJson } from "./render-json";
import { objectFieldsAt, type FieldDescriptor } from "./schema-fields";
import { editError, editsOk, type EditResult } from "./edit-result";

/**
 * Where a new property goes among the existing ones. If the documented keys already follow the
 * schema's order, the new one takes its place in that order; if the person (or the page's own
 * example) ordered them otherwise, there is no order to respect and it goes at the end.
 */
export function insertionIndex(objectNode: JsonNode, fields: readonly FieldDescriptor[], name: string): number {
  const rank = new Map(fields.map((field, i) => [field.name, i]));
  const properties = objectNode.children ?? [];
  const ranks = properties.map((property) => rank.get(String(property.children?.[0]?.value)) ?? -1);
  const documented = ranks.filter((r) => r >= 0);
  const inSchemaOrder = documented.every((r, i) => i === 0 || r > (documented[i - 1] ?? -1));
  const newRank = rank.get(name) ?? Number.MAX_SAFE_INTEGER;
  if (!inSchemaOrder) return properties.length;
  const firstAfter = ranks.findIndex((r) => r > newRank);
  if (firstAfter === -1) return properties.length;
  // Right after the last documented key that precedes it (keeps undocumented keys next to their neighbour).
  const lastBefore = ranks.reduce((found, r, i) => (r >= 0 && r < newRank ? i : found), -1);
  return lastBefore === -1 ? firstAfter : lastBefore + 1;
}

/**
 * Adds the absent documented field `fieldName` to the object at `objectPath`, with the schema's
 * example as its value (a list gets one example item), written in the object's own style
 * (indentation, line breaks, CRLF, spacing after colons, one-line objects stay one line).
 *
 * @example addField('{"a": 1}', ["marketing_activity_datas", 0], "order_num")
 */
export function addField(text: string, objectPath: JsonPath, fieldName: string, root?: JsonNode): EditResult {
  const tree = rootForEdit(text, root);
  if (!tree.ok) return editError(tree.error);
  const objectNode = nodeAtPath(tree.root, objectPath);
  if (objectNode?.type !== "object") return editError(`${formatPath(objectPath)} is not an object`);
  const fields = objectFieldsAt(objectPath) ?? [];
  const field = fields.find((candidate) => candidate.name === fieldName);
  const fieldPath = [...objectPath, fieldName];
  if (!field) return editError(`${formatPath(fieldPath)} is not documented`);
  if (findLastProperty(objectNode, fieldName)) return editError(`${formatPath(fieldPath)} is already there`);

  const layout = containerLayout(text, objectNode, documentLayout(text, tree.root));
  const entry = JSON.stringify(fieldName) + layout.childStyle.colon + renderJson(field.example, layout.childStyle);
  const index = insertionIndex(objectNode, fields, fieldName);
  return editsOk([insertEntry(objectNode, index, entry, layout)], fieldPath);
}
