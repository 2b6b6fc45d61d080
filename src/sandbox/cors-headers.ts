import { endpoint } from "../endpoint/descriptor";
import { sandboxRuleHeader } from "../endpoint/rules";

export interface CorsOptions {
  /** False: no CORS header at all, so a browser refuses every cross-origin answer. */
  readonly cors: boolean;
  /** False: CORS works but `traceId` is not exposed, so page scripts cannot read it. */
  readonly exposeTraceId: boolean;
}

/** How long a browser may reuse a preflight answer, in seconds. */
const preflightMaxAgeSeconds = 600;

/** The request headers the endpoint uses, as a preflight must allow them: "Authorization, Content-Type, Accept". */
export const allowedRequestHeaders = Object.values(endpoint.headers)
  .map((header) => header.name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase()))
  .join(", ");

/**
 * Headers for an actual (non-preflight) answer. The request's `Origin` is echoed rather than
 * `*`, with `Vary: Origin` so caches keep answers for different pages apart. `X-Sandbox-Rule`
 * is always exposed (the page labels the answer's rules); `traceId` unless told not to.
 */
export function corsHeaders(origin: string | null, options: CorsOptions): Record<string, string> {
  if (!options.cors) return {};
  const exposed = [...(options.exposeTraceId ? [endpoint.response.traceIdHeader] : []), sandboxRuleHeader];
  return {
    Vary: "Origin",
    ...(origin === null ? {} : { "Access-Control-Allow-Origin": origin }),
    "Access-Control-Expose-Headers": exposed.join(", "),
  };
}

/** Headers for the answer to a preflight (`OPTIONS`), allowing `methods` on that path. */
export function preflightHeaders(origin: string | null, methods: string, options: CorsOptions): Record<string, string> {
  if (!options.cors) return {};
  return {
    Vary: "Origin",
    ...(origin === null ? {} : { "Access-Control-Allow-Origin": origin }),
    "Access-Control-Allow-Methods": methods,
    "Access-Control-Allow-Headers": allowedRequestHeaders,
    "Access-Control-Max-Age": String(preflightMaxAgeSeconds),
  };
}
