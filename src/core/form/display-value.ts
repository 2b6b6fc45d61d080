import { literalOf, type JsonNode } from "../json/parse-json";

/**
 * What an input shows: a string's decoded value, anything else exactly as written. Whether the
 * value fits its field is the validator's to say (the form shows its problems beside the field);
 * the form has no second opinion.
 */
export function displayValueOf(text: string, node: JsonNode): string {
  return node.type === "string" ? String(node.value) : literalOf(text, node);
}
