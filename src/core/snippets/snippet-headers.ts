import { endpoint } from "../../endpoint/descriptor";
import type { PreparedRequest } from "../request/build-request";
import { tokenEnvVar, type SnippetOptions } from "./snippet-target";

/** A header value as a snippet writes it: text, or a literal prefix followed by an environment variable. */
type SnippetHeaderValue =
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "env"; readonly prefix: string; readonly variable: string };

export interface SnippetHeader {
  readonly name: string;
  readonly value: SnippetHeaderValue;
}

const authorization = endpoint.headers.authorization;

function isAuthorization(name: string): boolean {
  return name.toLowerCase() === authorization.name.toLowerCase();
}

/**
 * The request's headers in sending order, with the token replaced by {@link tokenEnvVar} in
 * `env` mode. In `env` mode the Authorization header is written even when the request has no
 * token: the user chose to supply it from the environment, so it goes where `buildRequest`
 * puts it (first).
 */
export function snippetHeaders(request: PreparedRequest, options: SnippetOptions): SnippetHeader[] {
  const literal = (name: string, text: string): SnippetHeader => ({ name, value: { kind: "literal", text } });
  if (options.tokenMode === "literal") return request.headers.map(([name, text]) => literal(name, text));
  const fromEnv: SnippetHeader = {
    name: request.headers.find(([name]) => isAuthorization(name))?.[0] ?? authorization.name,
    value: { kind: "env", prefix: `${authorization.scheme} `, variable: tokenEnvVar },
  };
  const others = request.headers.filter(([name]) => !isAuthorization(name)).map(([name, text]) => literal(name, text));
  return [fromEnv, ...others];
}

/**
 * Headers for clients that take a map (PowerShell hashtable, Python dict, JS object): a repeated
 * name (case-insensitively) is merged into its first occurrence with ", ", which is how HTTP
 * combines repeated fields (RFC 9110 §5.3) and what fetch's `Headers` does anyway.
 */
export function mergeRepeatedHeaders(headers: readonly SnippetHeader[]): SnippetHeader[] {
  const merged: SnippetHeader[] = [];
  for (const header of headers) {
    const index = merged.findIndex((m) => m.name.toLowerCase() === header.name.toLowerCase());
    const first = merged[index];
    if (first === undefined) merged.push(header);
    else if (first.value.kind === "literal" && header.value.kind === "literal") {
      merged[index] = { name: first.name, value: { kind: "literal", text: `${first.value.text}, ${header.value.text}` } };
    }
    // An env-valued header is unique by construction (snippetHeaders keeps one Authorization).
  }
  return merged;
}
