import { appendAll } from "../arrays/append-all";
import { bodySchema } from "../../endpoint/schema";
import validateSchema from "../../endpoint/generated/validate-body.js";
import { formatPath } from "../json/json-path";
import { locatePaths, pathKey } from "../json/locate";
import { lineStarts, offsetToLineColumn } from "../json/offset-position";
import { parseJson } from "../json/parse-json";
import { itemChecks } from "./item-checks";
import { checkNumberLiterals } from "./literal-checks";
import type { PendingProblem } from "./pending-problem";
import { byPosition, countBySeverity, type Problem } from "./problem";
import { schemaProblems } from "./schema-problems";
import { checkUnknownFields } from "./unknown-fields";

export interface ValidationResult {
  /** Errors and warnings, in text order. */
  readonly problems: readonly Problem[];
  readonly errors: number;
  readonly warnings: number;
  /** False when the text is not JSON (only the syntax problem is then reported). */
  readonly parsed: boolean;
}

interface ValidateOptions {
  /** "Now" for the future-timestamp check; defaults to the clock. */
  readonly nowMs?: number;
}

/**
 * Checks the body text against the endpoint: JSON syntax, the schema (ajv, compiled at build
 * time), 64-bit literals and the endpoint-specific warnings. Never changes or throws on the text.
 *
 * Speed: the native JSON.parse gives the value; only numbers whose text matters and the places
 * problems point at are then looked up in the text (a 9 MB body would take ~1 s as a tree).
 * @example validateBody('{"marketing_activity_datas": []}').errors // → 1 (at least one item)
 */
export function validateBody(text: string, options: ValidateOptions = {}): ValidationResult {
  const problems = check(text, options.nowMs ?? Date.now());
  return { problems, ...countBySeverity(problems), parsed: !problems.some((p) => p.code === "syntax") };
}

function check(text: string, nowMs: number): Problem[] {
  if (text.trim() === "") return [syntaxProblem("The body is empty: expected a JSON object.", 0, 0)];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return syntaxProblems(text);
  }
  const pending: PendingProblem[] = [];
  const report = (p: PendingProblem): void => void pending.push(p);
  const literals = checkNumberLiterals(text, value, bodySchema, report);
  checkUnknownFields(value, bodySchema, report);
  // Never push(...list): a list the body's size decides can exceed the engine's argument limit.
  if (!validateSchema(value)) appendAll(pending, schemaProblems(validateSchema.errors ?? []));
  appendAll(pending, itemChecks(value, literals, nowMs));
  return locate(text, pending).sort(byPosition);
}

/** JSON.parse said no; the offset-keeping parser says where and why. */
function syntaxProblems(text: string): Problem[] {
  const { syntaxErrors } = parseJson(text);
  const starts = lineStarts(text);
  return syntaxErrors.map((e) => {
    const { line, column } = offsetToLineColumn(starts, e.offset);
    return syntaxProblem(`${e.message} at line ${line}, column ${column}.`, e.offset, e.length);
  });
}

function locate(text: string, pending: readonly PendingProblem[]): Problem[] {
  if (pending.length === 0) return [];
  const spans = locatePaths(text, pending.map((p) => p.anchorPath ?? p.path));
  return pending.map((p) => {
    const span = spans.get(pathKey(p.anchorPath ?? p.path));
    const offset = p.anchor === "key" ? (span?.keyOffset ?? span?.offset ?? 0) : (span?.offset ?? 0);
    const length = p.anchor === "start" ? 1 : p.anchor === "key" ? (span?.keyLength ?? span?.length ?? 1) : (span?.length ?? 1);
    return { severity: p.severity, code: p.code, message: p.message, path: p.path, pathText: formatPath(p.path), offset, length };
  });
}

function syntaxProblem(message: string, offset: number, length: number): Problem {
  return { severity: "error", code: "syntax", message, path: [], pathText: "(body)", offset, length };
}
