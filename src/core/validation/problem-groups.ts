import { itemsListField } from "../../endpoint/item-fields";
import type { Problem } from "./problem";

/**
 * Problems grouped by the item they are in ("body" for the rest), each group with a signature of
 * what a marker shows — everything but the position. An editor that keeps one marker set per
 * group only re-sets the groups whose signature changed: the others' markers have already moved
 * with the edits. With 1,000 problems, a keystroke then re-creates a handful of markers, not 1,000.
 */
interface ProblemGroup {
  readonly key: string;
  readonly problems: readonly Problem[];
  readonly signature: string;
}

/** @example groupProblemsByItem(problems).map((g) => g.key) // → ["body", "item 0", "item 7"] */
export function groupProblemsByItem(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = groupKey(problem);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(problem);
  }
  return [...groups].map(([key, list]) => ({ key, problems: list, signature: list.map(signatureOf).join("\u0000") }));
}

function groupKey(problem: Problem): string {
  const [list, index] = problem.path;
  return list === itemsListField && typeof index === "number" ? `item ${index}` : "body";
}

function signatureOf(p: Problem): string {
  return `${p.severity}\u0001${p.code}\u0001${p.pathText}\u0001${p.length}\u0001${p.message}`;
}
