import type { JsonNode } from "../json/parse-json";

/** Where something sits in the body text (for Monaco: `model.getPositionAt(offset)`). */
export interface Span {
  readonly offset: number;
  readonly length: number;
}

export function spanOf(node: JsonNode): Span {
  return { offset: node.offset, length: node.length };
}

/** Where a node's text ends (one past its last character). */
export function spanEnd(node: JsonNode): number {
  return node.offset + node.length;
}

/** An object or an array: a value with entries. */
export function isContainer(node: JsonNode): boolean {
  return node.type === "object" || node.type === "array";
}

/** What a value is, as a person says it: "a string", "a list"… for "expected X, found Y". */
export function describeNodeType(node: JsonNode): string {
  switch (node.type) {
    case "array":
      return "a list";
    case "object":
      return "an object";
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "true/false";
    case "null":
      return "null";
    default:
      return "something else";
  }
}
