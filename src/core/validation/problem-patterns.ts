import { formatPath, type JsonPath } from "../json/json-path";
import { itemsListField } from "../../endpoint/item-fields";
import type { Problem, Severity } from "./problem";

/**
 * Problems that are the same finding in many items, listed once: the same severity and rule
 * (`code`) at the same field of each item —
 * `marketing_activity_datas[*].custom_activity_engagement_list[0].name — 1,000 items: At most 20 characters allowed`.
 * A body of 1,000 copies of one mistake then reads as one line, expandable to every instance.
 */
export interface ProblemPattern {
  /** Stable across edits that keep the finding: severity, code and pattern. */
  readonly key: string;
  readonly severity: Severity;
  readonly code: string;
  /** The path with the body list's index as `[*]` (other indexes kept). */
  readonly pattern: string;
  /** What the instances have in common, as a sentence: the shared message, or its shared first clause. */
  readonly rule: string;
  /** The instances, in text order. */
  readonly problems: readonly Problem[];
  /** Where each instance is in the flat list the pattern was grouped from (for next/previous). */
  readonly positions: readonly number[];
}

/**
 * Groups problems (in text order) by severity, rule and field pattern, the groups ordered by
 * their first instance.
 * @example groupProblemsByPattern(problems)[0]?.pattern // → "marketing_activity_datas[*].custom_activity_engagement_list[0].name"
 */
export function groupProblemsByPattern(problems: readonly Problem[]): ProblemPattern[] {
  const groups = new Map<string, { severity: Severity; code: string; pattern: string; problems: Problem[]; positions: number[] }>();
  problems.forEach((problem, position) => {
    const pattern = patternOf(problem.path);
    const key = `${problem.severity}\u0000${problem.code}\u0000${pattern}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { severity: problem.severity, code: problem.code, pattern, problems: [], positions: [] }));
    group.problems.push(problem);
    group.positions.push(position);
  });
  return [...groups].map(([key, group]) => ({ key, ...group, rule: ruleOf(group.problems.map((p) => p.message)) }));
}

/** `["marketing_activity_datas", 7, "name"]` → `marketing_activity_datas[*].name`; paths outside the list stay as they are. */
export function patternOf(path: JsonPath): string {
  const [list, index] = path;
  if (list !== itemsListField || typeof index !== "number") return formatPath(path);
  const rest = formatPath(path.slice(2));
  return `${itemsListField}[*]${path.length === 2 ? "" : rest.startsWith("[") ? rest : `.${rest}`}`;
}

/**
 * What messages say in common: the message itself when they all agree; else the clause before
 * the first "; " when that agrees ("At most 20 characters allowed; this has 27." → "At most 20
 * characters allowed"); else the first message, marked as one of several.
 */
export function ruleOf(messages: readonly string[]): string {
  const first = messages[0] ?? "";
  if (messages.every((m) => m === first)) return first;
  const clause = (m: string) => m.split("; ")[0] ?? m;
  const firstClause = clause(first);
  if (firstClause !== first && messages.every((m) => clause(m) === firstClause)) return firstClause;
  return `${first} (and similar)`;
}

/** How a group is introduced: `… — 1,000 items: At most 20 characters allowed` (times, for findings outside the items). */
export function patternHeadline(group: ProblemPattern): string {
  const count = group.problems.length.toLocaleString("en");
  const unit = group.pattern.startsWith(`${itemsListField}[*]`) ? (group.problems.length === 1 ? "item" : "items") : group.problems.length === 1 ? "time" : "times";
  return `${group.pattern} — ${count} ${unit}: ${group.rule}`;
}

/** The next (`+1`) or previous (`-1`) of `count` problems from `current` (none yet: the first or the last), wrapping around. */
export function stepProblem(count: number, current: number | undefined, direction: 1 | -1): number | undefined {
  if (count === 0) return undefined;
  if (current === undefined || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** Which group holds the problem at flat `position`, and where in it (to open and scroll to it). */
export function locatePosition(groups: readonly ProblemPattern[], position: number): { group: number; instance: number } | undefined {
  for (let g = 0; g < groups.length; g++) {
    const positions = groups[g]?.positions ?? [];
    const instance = binarySearch(positions, position);
    if (instance >= 0) return { group: g, instance };
  }
  return undefined;
}

function binarySearch(sorted: readonly number[], target: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = sorted[mid] ?? 0;
    if (value === target) return mid;
    if (value < target) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
