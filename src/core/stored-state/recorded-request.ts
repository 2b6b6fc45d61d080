import { endpoint } from "../../endpoint/descriptor";
import type { Header, PreparedRequest } from "../request/build-request";
import { isRecord, stringField } from "./read-fields";

/** A request as kept in history: what was sent, with the token replaced. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  /** In sending order; `Authorization` carries {@link redactedAuthorization}, never the token. */
  readonly headers: readonly Header[];
  /** The body text as sent, byte for byte. */
  readonly body: string;
}

const authorization = endpoint.headers.authorization;

/** What history shows instead of the token: the header was sent, its secret is not kept. */
export const redactedAuthorization = `${authorization.scheme} <redacted>`;

function redactHeader([name, value]: Header): Header {
  return name.toLowerCase() === authorization.name.toLowerCase() ? [name, redactedAuthorization] : [name, value];
}

export function recordRequest(request: PreparedRequest): RecordedRequest {
  return { method: request.method, url: request.url, headers: request.headers.map(redactHeader), body: request.body };
}

/**
 * Reads a stored request field by field. Headers are redacted again on the way in, so even a
 * stored entry written by a faulty build cannot bring a token back onto the screen.
 */
export function readRecordedRequest(value: unknown): RecordedRequest | null {
  if (!isRecord(value) || !Array.isArray(value["headers"])) return null;
  const method = stringField(value, "method");
  const url = stringField(value, "url");
  const body = stringField(value, "body");
  if (method === null || url === null || body === null) return null;
  const headers: Header[] = [];
  for (const header of value["headers"] as unknown[]) {
    if (!Array.isArray(header) || header.length !== 2 || typeof header[0] !== "string" || typeof header[1] !== "string") return null;
    headers.push(redactHeader([header[0], header[1]]));
  }
  return { method, url, headers, body };
}
