import { indexItems, type ItemSpan } from "../preview/items-index";
import { itemsListField } from "./item-fields";
import type { Problem } from "./problem";
import { countBySeverity } from "./problem";
import { validateBody, type ValidationResult } from "./validate-body";

interface Previous {
  readonly text: string;
  readonly result: ValidationResult;
  readonly items: readonly ItemSpan[];
}

/** Wrapping one item so that validateBody checks it exactly as it would inside the body. */
const wrapperHead = `{"${itemsListField}":[`;
const wrapperTail = "]}";

/**
 * Validates successive versions of the body, re-checking only the item an edit fell inside.
 * Items are independent for every check (schema, literals, warnings), so an edit strictly
 * inside item i can only change item i's problems; the others just move by the edit's length.
 * Anything else — an edit across items or outside the list, a syntax error, a changed item
 * count — falls back to a full validation. The result always equals `validateBody(text)`
 * (a property test holds it to that).
 */
export interface IncrementalValidator {
  validate(text: string, nowMs: number): ValidationResult;
  /** How the last result was made: for tests and measurements. */
  readonly lastMode: "full" | "item" | "unchanged";
}

export function createIncrementalValidator(): IncrementalValidator {
  let previous: Previous | undefined;
  let lastMode: IncrementalValidator["lastMode"] = "full";

  const full = (text: string, nowMs: number): ValidationResult => {
    lastMode = "full";
    const result = validateBody(text, { nowMs });
    previous = result.parsed ? { text, result, items: indexItems(text) ?? [] } : undefined;
    return result;
  };

  return {
    get lastMode() {
      return lastMode;
    },
    validate(text, nowMs) {
      const before = previous;
      if (!before || before.items.length === 0) return full(text, nowMs);
      const edit = changedRange(before.text, text);
      if (!edit) {
        lastMode = "unchanged";
        return before.result;
      }
      const index = before.items.findIndex((item) => item.offset < edit.start && edit.oldEnd < item.offset + item.length);
      const item = before.items[index];
      if (!item) return full(text, nowMs);
      const delta = text.length - before.text.length;
      const itemText = text.slice(item.offset, item.offset + item.length + delta);
      const partial = validateBody(wrapperHead + itemText + wrapperTail, { nowMs });
      // A syntax error, or an edit that split or merged items, needs the whole picture.
      if (!partial.parsed || !isSingleItem(itemText)) return full(text, nowMs);
      const moved = (p: Problem): Problem => ({ ...p, offset: p.offset + delta });
      const inItem = partial.problems.map((p) => ({
        ...p,
        path: [itemsListField, index, ...p.path.slice(2)],
        pathText: p.pathText.replace(`${itemsListField}[0]`, `${itemsListField}[${index}]`),
        offset: p.offset - wrapperHead.length + item.offset,
      }));
      const itemEnd = item.offset + item.length;
      const problems = [
        ...before.result.problems.filter((p) => p.offset < item.offset),
        ...inItem,
        ...before.result.problems.filter((p) => p.offset >= itemEnd).map(moved),
      ];
      const items = before.items.map((span, i) =>
        i < index ? span : i === index ? { offset: span.offset, length: span.length + delta } : { offset: span.offset + delta, length: span.length },
      );
      const result: ValidationResult = { problems, ...countBySeverity(problems), parsed: true };
      previous = { text, result, items };
      lastMode = "item";
      return result;
    },
  };
}

const chunk = 4096;

/** The differing middle of two texts: [start, oldEnd) in `a` became [start, newEnd) in `b`. */
function changedRange(a: string, b: string): { start: number; oldEnd: number } | undefined {
  if (a === b) return undefined;
  const limit = Math.min(a.length, b.length);
  // Whole chunks first: comparing two slices is a native memory compare, far faster than a
  // character loop over a 13 MB body; then character by character inside the differing chunk.
  let start = 0;
  while (start + chunk <= limit && a.slice(start, start + chunk) === b.slice(start, start + chunk)) start += chunk;
  while (start < limit && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let suffix = 0;
  const sameEnd = (n: number) => a.slice(a.length - suffix - n, a.length - suffix) === b.slice(b.length - suffix - n, b.length - suffix);
  while (suffix + chunk <= limit - start && sameEnd(chunk)) suffix += chunk;
  while (suffix < limit - start && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { start, oldEnd: a.length - suffix };
}

/** Whether the item's text is one JSON value (an edit like `}, {` would make it two). */
function isSingleItem(itemText: string): boolean {
  try {
    const value: unknown = JSON.parse(`[${itemText}]`);
    return Array.isArray(value) && value.length === 1;
  } catch {
    return false;
  }
}
