import { endpoint } from "../../endpoint/descriptor";
import type { ShellWord } from "./shell-word";

interface HeaderImport {
  /** From `Authorization: Bearer …`; undefined when there is none or it comes from the shell. */
  readonly token: string | undefined;
  readonly unmapped: readonly string[];
}

const { authorization, contentType, accept } = endpoint.headers;

/**
 * Media types compared by type/subtype only, without case: `application/json` (Postman's) and
 * `application/json;charset=UTF-8` both match, since JSON text is UTF-8 anyway (RFC 8259 §8.1).
 */
function sameMediaType(a: string, b: string): boolean {
  const essence = (s: string) => s.split(";")[0]!.trim().toLowerCase();
  return essence(a) === essence(b);
}

/**
 * Maps curl `--header` values. The playground sends its own Content-Type and accept, so those
 * map when they equal the endpoint's; the token is read from a Bearer Authorization header.
 * Anything else is reported, never silently dropped.
 */
export function mapHeaders(values: readonly ShellWord[]): HeaderImport {
  const unmapped: string[] = [];
  let token: string | undefined;
  let seenAuthorization = false;
  for (const word of values) {
    const colon = word.text.indexOf(":");
    const name = (colon === -1 ? word.text.replace(/;$/, "") : word.text.slice(0, colon)).trim();
    const value = colon === -1 ? "" : word.text.slice(colon + 1).trim();
    const lower = name.toLowerCase();
    if (lower === authorization.name.toLowerCase()) {
      const bearer = new RegExp(`^${authorization.scheme}(?:\\s+|$)`, "i").exec(value);
      if (seenAuthorization) unmapped.push(`A second ${name} header was ignored.`);
      else if (bearer === null) {
        unmapped.push(`header ${name}: ${value.split(/\s/)[0] ?? ""} … (only ${authorization.scheme} tokens are supported)`);
      }
      else if (word.expansions.length > 0) {
        unmapped.push(`The token comes from ${word.expansions.join(" ")} in your shell: paste the token itself.`);
      } else token = value.slice(bearer[0].length);
      seenAuthorization = true;
    } else if (lower === contentType.name.toLowerCase() && sameMediaType(value, contentType.value)) continue;
    else if (lower === accept.name.toLowerCase() && sameMediaType(value, accept.value)) continue;
    else unmapped.push(`header ${word.text}`);
  }
  return { token, unmapped };
}
