import { literalOf, type JsonNode } from "../json/parse-json";
import { classifyIntegerLiteral } from "../validation/int64";
import type { FieldDescriptor } from "./schema-fields";
import { describeNodeType } from "./span";
import { codePointLength } from "./string-counter";

/** What an input shows: a string's decoded value, anything else exactly as written. */
export function displayValueOf(text: string, node: JsonNode): string {
  return node.type === "string" ? String(node.value) : literalOf(text, node);
}

function integerProblem(literal: string, field: FieldDescriptor): string | undefined {
  const kind = classifyIntegerLiteral(literal);
  if (kind.kind === "fraction") return "Not an integer";
  if (kind.kind === "exponent") return "Write the integer without an exponent";
  if (kind.kind === "out-of-range") return "Outside the signed 64-bit range";
  // Limits are compared as exact integers: the literal may be beyond what a JS number holds.
  if (field.minimum !== undefined && kind.value < BigInt(field.minimum)) return `Less than the minimum ${field.minimum}`;
  if (field.maximum !== undefined && kind.value > BigInt(field.maximum)) return `More than the maximum ${field.maximum}`;
  return undefined;
}

/**
 * Why a present value does not fit its documented field, for the form to show beside the input
 * (the Problems panel reports the same things from the validator; this is the local view).
 */
export function describeValueProblem(text: string, field: FieldDescriptor, node: JsonNode): string | undefined {
  const found = describeNodeType(node);
  switch (field.kind) {
    case "int64":
      return node.type === "number" ? integerProblem(literalOf(text, node), field) : `Expected an integer, found ${found}`;
    case "integer-enum": {
      const literal = literalOf(text, node);
      const options = field.enumOptions ?? [];
      return node.type === "number" && options.some((option) => String(option.value) === literal)
        ? undefined
        : `Expected one of ${options.map((option) => option.label).join(", ")}`;
    }
    case "string": {
      if (node.type !== "string") return `Expected a string, found ${found}`;
      const length = codePointLength(String(node.value));
      return field.maxLength !== undefined && length > field.maxLength ? `At most ${field.maxLength} characters (this has ${length})` : undefined;
    }
    case "list":
      return node.type === "array" ? undefined : `Expected a list, found ${found}`;
    case "object":
      return node.type === "object" ? undefined : `Expected an object, found ${found}`;
  }
}
