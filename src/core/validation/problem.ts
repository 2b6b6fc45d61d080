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

/**
 * The Problems count as a person reads it, one text for the app's panel and the page shell
 * (which shows the validation worker's first answer before the app has loaded).
 * @example problemsSummary({ errors: 1, warnings: 2 }) // → "1 error, 2 warnings"
 */
export function problemsSummary(counts: { readonly errors: number; readonly warnings: number } | undefined): string {
  if (!counts) return "Checking…";
  const { errors, warnings } = counts;
  if (errors === 0 && warnings === 0) return "No problems";
  const parts = [];
  if (errors > 0) parts.push(`${errors} ${errors === 1 ? "error" : "errors"}`);
  if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? "warning" : "warnings"}`);
  return parts.join(", ");
}
