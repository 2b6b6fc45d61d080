import { formatPath, type JsonPath } from "../../core/json/json-path";

/**
 * Element ids derived from JSON paths, so that a field keeps its id (and its DOM node) across
 * model rebuilds, and an operation can focus what it created. `encodeURIComponent` keeps ids
 * free of spaces whatever the keys are.
 */
export function fieldId(path: JsonPath, part = "input"): string {
  return `form-${part}-${encodeURIComponent(formatPath(path))}`;
}

export function groupId(path: JsonPath): string {
  return fieldId(path, "group");
}
