import type { JsonPath } from "../json/json-path";

export type Severity = "error" | "warning";

/**
 * One finding about the body. The same list feeds the editor's markers, the Problems panel, the
 * form's field messages and the sandbox's 422 answer, so they never disagree.
 */
export interface Problem {
  readonly severity: Severity;
  /** Stable machine name, e.g. "type", "maxItems", "unknown-field". */
  readonly code: string;
  /** A sentence a person understands. */
  readonly message: string;
  readonly path: JsonPath;
  /** `path` written like `marketing_activity_datas[0].name`. */
  readonly pathText: string;
  /** Where in the text to point: the value (or key) the problem is about. */
  readonly offset: number;
  readonly length: number;
}

export function byPosition(a: Problem, b: Problem): number {
  return a.offset - b.offset || (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === "error") errors++;
  return { errors, warnings: problems.length - errors };
}
