import type { JsonPath } from "../json/json-path";
import type { Severity } from "./problem";

/**
 * A problem before it is located in the text. Checks work on the parsed value and name paths;
 * one pass over the text then finds every path's position (see json/locate.ts).
 */
export interface PendingProblem {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly path: JsonPath;
  /**
   * What to point at: the value at `path`, its key, or (for something missing) the opening
   * character of the value at `anchorPath`.
   */
  readonly anchor: "value" | "key" | "start";
  readonly anchorPath?: JsonPath;
}
