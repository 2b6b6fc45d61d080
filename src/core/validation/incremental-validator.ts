import { indexItems, type ItemSpan } from "../body/items-index";
import { itemsListField } from "../../endpoint/item-fields";
import { itemWrapperOffset, wrapItem } from "../body/item-wrapper";
import { countBySeverity } from "./problem";
import type { ProblemsUpdate } from "./problems-update";
import type { ChangedRange } from "./changed-range";
import { validateBody, type ValidationResult } from "./validate-body";

interface Previous {
  readonly text: string;
  readonly result: ValidationResult;
  readonly items: readonly ItemSpan[];
}

/** One check of a new version of the body, with what changed since the previous one. */
interface IncrementalCheck {
  /** Always equal to `validateBody(text)`. */
  readonly result: ValidationResult;
  /** How the previous check's problems became these (to post a few problems, not thousands). */
  readonly update: ProblemsUpdate;
  /** Where each item sits in the text; undefined when no items list was found. */
  readonly items: readonly ItemSpan[] | undefined;
  /** How the result was made: for tests and measurements. */
  readonly mode: "full" | "item" | "unchanged";
}

/**
 * Validates successive versions of the body, re-checking only the item an edit fell inside.
 * Items are independent for every check (schema, literals, warnings), so an edit strictly
 * inside item i can only change item i's problems; the others just move by the edit's length.
 * Anything else — an edit across items or outside the list, a syntax error, a changed item
 * count — falls back to a full validation. The result always equals `validateBody(text)`
 * (a property test holds it to that).
 */
export interface IncrementalValidator {
  /**
   * `changed`, when the caller knows it (an editor's edits since the last check), saves comparing
   * the texts; it must cover every character that differs from the previous text.
   */
  check(text: string, nowMs: number, changed?: ChangedRange): IncrementalCheck;
  validate(text: string, nowMs: number): ValidationResult;
  /** How the last result was made: for tests and measurements. */
  readonly lastMode: IncrementalCheck["mode"];
}

export function createIncrementalValidator(): IncrementalValidator {
  let previous: Previous | undefined;
  let lastMode: IncrementalCheck["mode"] = "full";

  const full = (text: string, nowMs: number): IncrementalCheck => {
    const result = validateBody(text, { nowMs });
    // On text that is not JSON the spans are a best guess, still useful to a preview.
    const items = indexItems(text);
    previous = result.parsed ? { text, result, items: items ?? [] } : undefined;
    return { result, update: { kind: "full", problems: result.problems }, items, mode: "full" };
  };

  const check = (text: string, nowMs: number, changed?: ChangedRange): IncrementalCheck => {
    const before = previous;
    if (!before || before.items.length === 0) return full(text, nowMs);
    const edit = changed ?? changedRange(before.text, text);
    if (!edit) {
      return { result: before.result, update: { kind: "patch", start: 0, deleteCount: 0, insert: [], shift: 0 }, items: before.items, mode: "unchanged" };
    }
    const index = before.items.findIndex((item) => item.offset < edit.start && edit.oldEnd < item.offset + item.length);
    const item = before.items[index];
    if (!item) return full(text, nowMs);
    const delta = text.length - before.text.length;
    const itemText = text.slice(item.offset, item.offset + item.length + delta);
    const partial = validateBody(wrapItem(itemText), { nowMs });
    // A syntax error, or an edit that split or merged items, needs the whole picture.
    if (!partial.parsed || !isSingleItem(itemText)) return full(text, nowMs);
    const inItem = partial.problems.map((p) => ({
      ...p,
      path: [itemsListField, index, ...p.path.slice(2)],
      pathText: p.pathText.replace(`${itemsListField}[0]`, `${itemsListField}[${index}]`),
      offset: p.offset - itemWrapperOffset + item.offset,
    }));
    const itemEnd = item.offset + item.length;
    const old = before.result.problems;
    let start = 0;
    while (start < old.length && (old[start]?.offset ?? 0) < item.offset) start++;
    let end = start;
    while (end < old.length && (old[end]?.offset ?? 0) < itemEnd) end++;
    const update: ProblemsUpdate = { kind: "patch", start, deleteCount: end - start, insert: inItem, shift: delta };
    const problems = [...old.slice(0, start), ...inItem, ...old.slice(end).map((p) => ({ ...p, offset: p.offset + delta }))];
    const items = before.items.map((span, i) =>
      i < index ? span : i === index ? { offset: span.offset, length: span.length + delta } : { offset: span.offset + delta, length: span.length },
    );
    const result: ValidationResult = { problems, ...countBySeverity(problems), parsed: true };
    previous = { text, result, items };
    return { result, update, items, mode: "item" };
  };

  return {
    get lastMode() {
      return lastMode;
    },
    check(text, nowMs, changed) {
      const outcome = check(text, nowMs, changed);
      lastMode = outcome.mode;
      return outcome;
    },
    validate(text, nowMs) {
      return this.check(text, nowMs).result;
    },
  };
}

const chunk = 4096;

/** The differing middle of two texts: [start, oldEnd) in `a` became [start, newEnd) in `b`. */
function changedRange(a: string, b: string): ChangedRange | undefined {
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
  return { start, oldEnd: a.length - suffix, newEnd: b.length - suffix };
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
