import type { ErrorObject } from "ajv";
import { validatorRules } from "../../endpoint/rules";
import type { SchemaNode } from "../../endpoint/schema";
import { pathFromPointer } from "../json/json-path";
import { describeType, enumOptions } from "../schema/schema-nav";
import type { PendingProblem } from "./pending-problem";

/** Turns ajv's errors into problems with messages a person understands. */
export function schemaProblems(errors: readonly ErrorObject[]): PendingProblem[] {
  return errors.map((error) => {
    const valuePath = pathFromPointer(error.instancePath);
    const message = describeError(error);
    if (error.keyword === "required") {
      // A missing field has no text of its own: point at the opening brace of its object.
      const path = [...valuePath, String(error.params["missingProperty"])];
      return { severity: "error", code: error.keyword, message, path, anchor: "start", anchorPath: valuePath };
    }
    return { severity: "error", code: error.keyword, message, path: valuePath, anchor: "value" };
  });
}

function describeError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const schema = error.parentSchema as SchemaNode | undefined;
  switch (error.keyword) {
    case "required":
      return `Missing required field "${String(params["missingProperty"])}".`;
    case "type":
      return `Expected ${article(describeType(schema))}, found ${kindOf(error.data)}.`;
    case "enum":
      return `Must be one of ${enumOptions(schema).map((o) => `${o.value} (${o.label})`).join(", ")}; found ${JSON.stringify(error.data)}.`;
    case "maxLength":
      return `At most ${String(params["limit"])} characters allowed; this has ${[...String(error.data)].length}.`;
    case "maxItems":
      return `At most ${String(params["limit"])} items allowed; this list has ${Array.isArray(error.data) ? error.data.length : "more"}.`;
    case "minItems":
      return `At least ${String(params["limit"])} item required; this list is empty.`;
    case "minimum":
    case "maximum":
      return boundMessage(error.keyword, error.data, String(params["limit"]));
    default:
      return error.message ?? `Fails the schema's "${error.keyword}" rule.`;
  }
}

/**
 * Only `occurred_on` has bounds: they are the page's "standard 13-digit stamp", quoted from the
 * rule's basis. A 10-digit value is most likely seconds, so the milliseconds are suggested.
 */
function boundMessage(keyword: "minimum" | "maximum", data: unknown, limit: string): string {
  const basis = validatorRules[keyword].basis;
  const quote = basis.kind === "documented" && basis.quote !== undefined ? ` The documentation asks for a "${basis.quote}"` : "";
  const digits = typeof data === "number" && Number.isInteger(data) ? String(Math.abs(data)).length : undefined;
  const has = digits === undefined ? "." : `${quote === "" ? " This" : "; this"} has ${digits} digits.`;
  const seconds = digits === 10 && typeof data === "number" ? ` In seconds? Then in milliseconds it is ${BigInt(data) * 1000n}.` : "";
  return `Must be ${keyword === "minimum" ? "at least" : "at most"} ${limit}.${quote}${has}${seconds}`;
}

function article(type: string): string {
  return /^[aeiou]/i.test(type) ? `an ${type}` : `a ${type}`;
}

function kindOf(data: unknown): string {
  if (data === null) return "null";
  if (Array.isArray(data)) return "a list";
  if (typeof data === "number") return Number.isInteger(data) ? `the number ${data}` : `the fraction ${data}`;
  if (typeof data === "string") return `the string ${JSON.stringify(data.length > 40 ? data.slice(0, 40) + "…" : data)}`;
  return typeof data === "object" ? "an object" : `${typeof data} ${String(data)}`;
}
