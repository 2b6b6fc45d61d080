import { endpoint } from "../../endpoint/descriptor";
import { findLastProperty } from "../json/json-path";
import { literalOf, type JsonNode } from "../json/parse-json";

/** One line of an error answer: messages about one field, or about the request as a whole. */
export interface ResponseError {
  readonly field?: string;
  readonly messages: readonly string[];
}

/**
 * SHOPLINE's `errors` in any of its documented shapes — a string, a list, or a map of field →
 * string or list — flattened for display. A `message` (with its `code`), which the official SDK
 * also reads, is added when present. Non-string values are shown as their JSON text.
 * @example flattenErrors('{"errors":{"a":["x","y"]}}', root) // → [{ field: "a", messages: ["x", "y"] }]
 */
export function flattenErrors(text: string, root: JsonNode | undefined): ResponseError[] {
  if (root?.type !== "object") return [];
  const result: ResponseError[] = [];
  const errors = valueOf(root, endpoint.response.errorsField);
  if (errors?.type === "object") {
    for (const property of errors.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key !== undefined && value !== undefined) result.push({ field: key.value as string, messages: messagesOf(text, value) });
    }
  } else if (errors !== undefined && errors.type !== "null") {
    const messages = messagesOf(text, errors);
    if (messages.length > 0) result.push({ messages });
  }
  const message = valueOf(root, "message");
  if (message?.type === "string" && message.value !== "") {
    const code = valueOf(root, "code");
    const suffix = code === undefined || code.type === "null" ? "" : ` (code ${textOf(text, code)})`;
    result.push({ messages: [`${message.value as string}${suffix}`] });
  }
  return result;
}

function valueOf(object: JsonNode, name: string): JsonNode | undefined {
  return findLastProperty(object, name)?.children?.[1];
}

function messagesOf(text: string, node: JsonNode): string[] {
  if (node.type === "array") return (node.children ?? []).map((child) => textOf(text, child));
  return [textOf(text, node)];
}

/** A string's value; anything else as its literal JSON text (lossless for numbers). */
function textOf(text: string, node: JsonNode): string {
  return node.type === "string" ? (node.value as string) : literalOf(text, node);
}
