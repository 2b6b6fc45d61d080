import type { JsonNode } from "../json/parse-json";

/** Where something sits in the body text (for Monaco: `model.getPositionAt(offset)`). */
export interface Span {
  readonly offset: number;
  readonly length: number;
}

export function spanOf(node: JsonNode): Span {
  return { offset: node.offset, length: node.length };
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
