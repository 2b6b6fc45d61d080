import type { Problem } from "./problem";

/**
 * How one list of problems became the next, small enough to post between threads: a 10,000-item
 * body can hold 10,000 problems, and copying them all after each keystroke costs more than
 * finding them. `patch` replaces `deleteCount` problems at `start` with `insert` and moves every
 * problem after them by `shift` characters.
 */
export type ProblemsUpdate =
  | { readonly kind: "full"; readonly problems: readonly Problem[] }
  | { readonly kind: "patch"; readonly start: number; readonly deleteCount: number; readonly insert: readonly Problem[]; readonly shift: number };

/**
 * The list after `update`. Untouched problems keep their identity (unmoved ones are the same
 * objects), so views keyed on them do not redraw.
 * @example applyProblemsUpdate(previous, { kind: "patch", start: 0, deleteCount: 0, insert: [], shift: 0 }) === previous // → true
 */
export function applyProblemsUpdate(previous: readonly Problem[], update: ProblemsUpdate): readonly Problem[] {
  if (update.kind === "full") return update.problems;
  const { start, deleteCount, insert, shift } = update;
  if (deleteCount === 0 && insert.length === 0 && shift === 0) return previous;
  const after = previous.slice(start + deleteCount);
  return [...previous.slice(0, start), ...insert, ...(shift === 0 ? after : after.map((p) => ({ ...p, offset: p.offset + shift })))];
}
