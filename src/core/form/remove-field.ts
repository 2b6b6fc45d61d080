import { formatPath, nodeAtPath, type JsonPath } from "../json/json-path";
import type { JsonNode } from "../json/parse-json";
import { rootForEdit } from "./body-syntax";
import { removeEntry } from "./container-edits";
import { objectFieldsAt } from "./schema-fields";
import { editError, editsOk, type EditResult } from "./edit-result";

/**
 * Removes the documented, optional field `fieldName` from the object at `objectPath`, with its
 * comma, leaving no blank line or dangling comma. Undocumented keys are never removed by the
 * form (they are read-only), nor required fields. With duplicate keys, the one that counts
 * (the last) goes, and the earlier one shows again.
 */
export function removeField(text: string, objectPath: JsonPath, fieldName: string, root?: JsonNode): EditResult {
  const tree = rootForEdit(text, root);
  if (!tree.ok) return editError(tree.error);
  const fieldPath = [...objectPath, fieldName];
  const field = objectFieldsAt(objectPath)?.find((candidate) => candidate.name === fieldName);
  if (!field) return editError(`${formatPath(fieldPath)} is not documented, so the form leaves it as it is`);
  if (field.required) return editError(`${formatPath(fieldPath)} is required`);
  const objectNode = nodeAtPath(tree.root, objectPath);
  if (objectNode?.type !== "object") return editError(`${formatPath(objectPath)} is not an object`);
  const properties = objectNode.children ?? [];
  const index = properties.findLastIndex((property) => property.children?.[0]?.value === fieldName);
  const edit = removeEntry(objectNode, index);
  return edit ? editsOk([edit]) : editError(`${formatPath(fieldPath)} is absent`);
}
