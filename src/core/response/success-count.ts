import { endpoint } from "../../endpoint/descriptor";
import { findLastProperty } from "../json/json-path";
import { literalOf, type JsonNode } from "../json/parse-json";

/**
 * The success count of a 200 answer, as the digits the server wrote (never a rounded JS
 * number). SHOPLINE spells it `sucess_count`; the corrected spelling is read too, in case.
 * A count sent as a string of digits is accepted; anything else is not a count.
 */
export function readSuccessCount(text: string, root: JsonNode | undefined): string | undefined {
  if (root?.type !== "object") return undefined;
  const { successCountField, successCountAliases } = endpoint.response;
  for (const name of [successCountField, ...successCountAliases]) {
    const value = findLastProperty(root, name)?.children?.[1];
    if (value?.type === "number") return literalOf(text, value);
    if (value?.type === "string" && /^-?[0-9]+$/.test(value.value as string)) return value.value as string;
  }
  return undefined;
}
