import type { Problem } from "./problem";

/**
 * The problem shown when the checker itself failed (a bug, or a body it could not handle): the
 * body is then unchecked, not wrong, so it is a warning — Send still sends, and the Problems
 * panel says why nothing else is listed instead of keeping an older body's result.
 * @example checkFailedProblem(new RangeError("Maximum call stack size exceeded")).message
 * // → "The check failed: RangeError: Maximum call stack size exceeded. The body is not checked; it can still be sent."
 */
export function checkFailedProblem(reason: unknown): Problem {
  return {
    severity: "warning",
    code: "check-failed",
    message: `The check failed: ${describe(reason)}. The body is not checked; it can still be sent.`,
    path: [],
    pathText: "(body)",
    offset: 0,
    length: 0,
  };
}

function describe(reason: unknown): string {
  const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  return text.replace(/\.$/, "") || "unknown error";
}
