import type { JsonNode } from "../json/parse-json";
import type { ContainerLayout } from "./container-layout";
import type { TextEdit } from "../text/text-edit";
import { spanEnd } from "./span";

/**
 * The edit that puts `entryText` (a `"key": value` or an array element, already written in the
 * container's style) at position `index` among the container's entries, with the container's
 * own separator — so commas stay right and nothing else moves.
 */
export function insertEntry(container: JsonNode, index: number, entryText: string, layout: ContainerLayout): TextEdit {
  const entries = container.children ?? [];
  const before = entries[index - 1];
  const after = entries[index];
  if (before) return { offset: spanEnd(before), length: 0, text: layout.separator + entryText };
  if (after) return { offset: after.offset, length: 0, text: entryText + layout.separator };
  // Empty container: whatever whitespace sat between the brackets is replaced.
  const inner = layout.multiline ? layout.childStyle.newline + layout.childIndent + entryText + layout.childStyle.newline + layout.lineIndent : entryText;
  return { offset: container.offset + 1, length: container.length - 2, text: inner };
}

/**
 * The edit that takes entry `index` out with exactly one of its commas: the one after it, or for
 * the last entry the one before it. The gap that stays is the one that separated other entries,
 * so no blank line or dangling comma is left. The only entry leaves `{}` / `[]`.
 */
export function removeEntry(container: JsonNode, index: number): TextEdit | undefined {
  const entries = container.children ?? [];
  const entry = entries[index];
  if (!entry) return undefined;
  if (entries.length === 1) return { offset: container.offset + 1, length: container.length - 2, text: "" };
  const next = entries[index + 1];
  if (next) return { offset: entry.offset, length: next.offset - entry.offset, text: "" };
  const previous = entries[index - 1] as JsonNode;
  return { offset: spanEnd(previous), length: spanEnd(entry) - spanEnd(previous), text: "" };
}
