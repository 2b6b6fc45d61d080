import { endpoint } from "../../endpoint/descriptor";
import { headerValueProblem } from "./header-value";
import { requestUrl, type TargetSettings } from "./target";

/** One header as sent: name and value, in sending order. */
export type Header = readonly [name: string, value: string];

/**
 * The one request value. Send, curl and every snippet, the "request as sent" view and the
 * sandbox all take this; nothing else builds a URL or a header.
 */
export interface PreparedRequest {
  readonly method: typeof endpoint.method;
  readonly url: string;
  readonly headers: readonly Header[];
  /** The editor's text, byte for byte. Never re-serialised. */
  readonly body: string;
  /** Whether `Authorization` carries a token (false: the header is absent). */
  readonly hasToken: boolean;
}

export interface RequestInput {
  readonly target: TargetSettings;
  readonly token: string;
  readonly bodyText: string;
  /** Where the sandbox server runs (the Sandbox target's URL); the default is `npm run sandbox`'s. */
  readonly sandboxOrigin?: string;
}

export type BuildResult =
  | { readonly ok: true; readonly request: PreparedRequest }
  | { readonly ok: false; readonly error: string };

/** Token the in-page sandbox accepts when the user has none: a first send needs no account. */
export const sandboxDemoToken = "sandbox-demo-token";

/**
 * Builds the request the playground sends, with the headers the endpoint page names, in the
 * order of the page's own curl example. A token the header cannot carry (a line break, NUL,
 * emoji…) is an input problem, said before anything is sent.
 */
export function buildRequest(input: RequestInput): BuildResult {
  const url = requestUrl(input.target, input.sandboxOrigin);
  if (!url.ok) return url;
  const token = effectiveToken(input);
  const tokenProblem = headerValueProblem(token);
  if (tokenProblem !== undefined) {
    return { ok: false, error: `The access token has ${tokenProblem}: an Authorization header cannot carry it as typed. Paste the token again without it.` };
  }
  const { authorization, contentType, accept } = endpoint.headers;
  const headers: Header[] = [];
  if (token !== "") headers.push([authorization.name, `${authorization.scheme} ${token}`]);
  headers.push([contentType.name, contentType.value], [accept.name, accept.value]);
  return {
    ok: true,
    request: { method: endpoint.method, url: url.url, headers, body: input.bodyText, hasToken: token !== "" },
  };
}

function effectiveToken(input: RequestInput): string {
  const token = input.token.trim();
  if (token === "" && input.target.kind === "sandbox") return sandboxDemoToken;
  return token;
}

/** The value of a header, case-insensitively, or undefined. */
export function headerValue(request: PreparedRequest, name: string): string | undefined {
  const lower = name.toLowerCase();
  return request.headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}
