import { parseJson, type JsonNode } from "../json/parse-json";
import { decodeBase64Url } from "../encoding/base64url";
import { decodeUtf8 } from "../encoding/utf8";

type JwtPartResult =
  | { readonly ok: true; readonly text: string; readonly root: JsonNode }
  | { readonly ok: false; readonly reason: string };

/**
 * One JWT segment (header or payload): base64url → UTF-8 → a JSON object, kept as a tree with
 * offsets so numeric claims can be read as the digits written (`storeId` may exceed 2^53).
 * Our own decoders, not `atob`: they behave the same in the page and in Node and are strict.
 * Some encoders pad with `=`, which RFC 7515 forbids but which is harmless, so it is dropped.
 */
export function decodeJwtPart(segment: string, label: string): JwtPartResult {
  if (segment === "") return { ok: false, reason: `The ${label} part is empty.` };
  const decoded = decodeBase64Url(segment.replace(/=+$/, ""));
  if (!decoded.ok) {
    return decoded.position >= 0
      ? { ok: false, reason: `The ${label} part has a character outside base64url at position ${decoded.position + 1}.` }
      : { ok: false, reason: `The ${label} part has an impossible base64url length (cut short?).` };
  }
  const text = decodeUtf8(decoded.bytes);
  if (text === null) return { ok: false, reason: `The ${label} part does not decode to UTF-8 text.` };
  const { root } = parseJson(text);
  if (root === undefined) return { ok: false, reason: `The ${label} part is not JSON.` };
  if (root.type !== "object") return { ok: false, reason: `The ${label} part is JSON but not an object.` };
  return { ok: true, text, root };
}
