import type { SchemaNode } from "../../endpoint/schema";
import { pathsAtOffsets, pathKey } from "../json/locate";
import type { JsonPath } from "../json/json-path";
import { findNotableNumbers } from "../json/notable-numbers";
import { isInt64, schemaAt } from "../schema/schema-nav";
import { classifyIntegerLiteral, isUnsafeIntegerLiteral } from "./int64";
import type { PendingProblem } from "./pending-problem";

/**
 * Checks what only a number's literal text can tell — the 64-bit range, a fraction or exponent
 * in a `long`, integers JavaScript cannot hold — and returns the literals by path for later
 * checks. An int64 value that fails is replaced by 0 in `value`, so ajv does not report the
 * same place a second time with a vaguer message.
 */
export function checkNumberLiterals(
  text: string,
  value: unknown,
  schema: SchemaNode,
  report: (p: PendingProblem) => void,
): Map<string, string> {
  const literals = new Map<string, string>();
  const numbers = findNotableNumbers(text);
  if (numbers.length === 0) return literals;
  const paths = pathsAtOffsets(text, numbers.map((n) => n.offset));
  numbers.forEach(({ literal }, i) => {
    const path = paths[i];
    if (!path) return;
    literals.set(pathKey(path), literal);
    const problem = (severity: PendingProblem["severity"], code: string, message: string): void =>
      report({ severity, code, message, path, anchor: "value" });
    if (isInt64(schemaAt(schema, path))) {
      const result = classifyIntegerLiteral(literal);
      if (result.kind === "out-of-range") {
        problem("error", "int64-range", `${literal} is outside the 64-bit range of a long (−9223372036854775808 to 9223372036854775807).`);
        return replaceAt(value, path, 0);
      }
      if (result.kind !== "integer") {
        problem("error", "int64-format", `A long must be a whole number written in plain digits; ${literal} is not.`);
        return replaceAt(value, path, 0);
      }
    }
    if (isUnsafeIntegerLiteral(literal)) {
      problem("warning", "unsafe-integer", `${literal} is beyond 2^53 − 1: JavaScript cannot hold it exactly. It is still sent exactly as typed.`);
    }
  });
  return literals;
}

function replaceAt(value: unknown, path: JsonPath, replacement: unknown): void {
  let container = value as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) container = container[path[i] as string | number] as Record<string | number, unknown>;
  container[path[path.length - 1] as string | number] = replacement;
}
