import { maxOf, minOf } from "../arrays/min-max";
import { maxNestingDepth, parseJson, type JsonNode } from "../json/parse-json";
import type { TextEdit } from "../text/text-edit";
import { isContainer, spanEnd } from "./span";

/** How many objects and lists hold `node`, itself included (the parser's nesting count). */
function depthOf(node: JsonNode): number {
  let depth = 0;
  for (let current: JsonNode | undefined = node; current; current = current.parent) if (isContainer(current)) depth++;
  return depth;
}

/** The deepest nesting under `node`, itself included. */
function heightOf(node: JsonNode): number {
  const below = Math.max(0, maxOf((node.children ?? []).map(heightOf)));
  return below + (isContainer(node) ? 1 : 0);
}

/** Whether `[start, stop]` lies strictly between the container's brackets. */
function holdsInside(node: JsonNode, start: number, stop: number): boolean {
  return isContainer(node) && start > node.offset && stop < spanEnd(node);
}

/** The deepest object or list whose inside holds every edit (undefined when an edit touches the root's brackets). */
function smallestContainerOf(root: JsonNode, start: number, stop: number): JsonNode | undefined {
  if (!holdsInside(root, start, stop)) return undefined;
  let container = root;
  for (;;) {
    const child = container.children?.find((entry) => entry.offset <= start && stop <= spanEnd(entry));
    const value = child?.type === "property" ? child.children?.[1] : child;
    if (!value || !holdsInside(value, start, stop)) return container;
    container = value;
  }
}

/** parse-json's nodes are plain objects; this file alone moves them, on a tree its caller owns. */
type MovableNode = { -readonly [K in keyof JsonNode]: JsonNode[K] };

/** Adds `by` to the offsets of `node` and everything under it (plain loops: this runs over ~100k nodes per keystroke). */
function moveAll(node: JsonNode, by: number): void {
  const movable = node as MovableNode;
  movable.offset += by;
  if (movable.colonOffset !== undefined) movable.colonOffset += by;
  const children = node.children;
  if (children) for (let i = 0; i < children.length; i++) moveAll(children[i] as JsonNode, by);
}

/**
 * Makes the nodes outside the replaced part fit the new text: ancestors grow by `delta`, nodes
 * after it move by `delta`, nodes before it stay (their subtrees are skipped).
 */
function shiftAround(node: JsonNode, replaced: JsonNode, oldEnd: number, delta: number): void {
  if (node === replaced || spanEnd(node) <= replaced.offset) return;
  const movable = node as MovableNode;
  if (node.offset >= oldEnd) {
    moveAll(node, delta);
    return;
  }
  if (node.offset <= replaced.offset && spanEnd(node) >= oldEnd) movable.length += delta;
  const children = node.children;
  if (children) for (let i = 0; i < children.length; i++) shiftAround(children[i] as JsonNode, replaced, oldEnd, delta);
}

/**
 * Whether each edit's text stands at its place in `newText` (a cheap check that the editor applied
 * exactly these edits, e.g. did not normalise line breaks; comparing whole 1 MB texts costs more).
 */
function holdsEdits(newText: string, edits: readonly TextEdit[]): boolean {
  let shift = 0;
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    if (!newText.startsWith(edit.text, edit.offset + shift)) return false;
    shift += edit.text.length - edit.length;
  }
  return true;
}

/**
 * Turns `root`, the tree of `oldText`, into the tree of `newText` = `oldText` with `edits`
 * applied, without parsing the whole body again: only the smallest object or list that holds
 * every edit is parsed anew and put in place of the old one; the nodes after it have their
 * offsets moved. On a 1,000-item body a form keystroke then costs the parse of one item instead
 * of ~1.4 MB (100–250 ms on a slow machine; copying the tree instead costs nearly as much).
 *
 * Changes `root` IN PLACE and returns it: pass a tree you own and no longer need for `oldText`.
 * Gives undefined, leaving `root` untouched, when it cannot be sure (an edit touches the
 * outermost brackets, the lengths do not add up or an edit's text is not in its place, the new
 * part does not parse as the same kind):
 * parse `newText` instead. The result then equals `parseJson(newText).root`.
 */
export function reparseAfterEdits(oldText: string, root: JsonNode, edits: readonly TextEdit[], newText: string): JsonNode | undefined {
  if (edits.length === 0) return oldText === newText ? root : undefined;
  const start = minOf(edits.map((edit) => edit.offset));
  const stop = maxOf(edits.map((edit) => edit.offset + edit.length));
  const delta = edits.reduce((sum, edit) => sum + edit.text.length - edit.length, 0);
  if (newText.length !== oldText.length + delta || !holdsEdits(newText, edits)) return undefined;
  const container = smallestContainerOf(root, start, stop);
  const holder = container?.parent;
  if (!container || !holder) return undefined;

  const from = container.offset;
  const oldEnd = spanEnd(container);
  const parsed = parseJson(newText.slice(from, oldEnd + delta));
  if (!parsed.root || parsed.root.type !== container.type) return undefined;
  const fresh = parsed.root;
  // The parser refuses deep nesting; a part parsed alone must not slip past that limit.
  if (depthOf(container) - 1 + heightOf(fresh) > maxNestingDepth) return undefined;

  // From here on the tree is changed; nothing below can fail.
  moveAll(fresh, from);
  (fresh as MovableNode).parent = holder;
  const siblings = holder.children ?? [];
  siblings[siblings.indexOf(container)] = fresh;
  if (delta !== 0) shiftAround(root, fresh, oldEnd, delta);
  return root;
}
