/**
 * Every rule the validator and the sandbox apply, with its basis: **documented** (and where) or
 * **assumed** (and why). The Problems list, the field documentation, the Reference dialog and the
 * sandbox's answers read their labels from here, so nothing presents a guess as SHOPLINE's
 * documented behaviour. `rules.test.ts` fails when a rule the code applies has no entry.
 */

/** The public pages the documented rules come from. */
export const sources = {
  endpointPage: "the endpoint's reference page (Bulk sync marketing event statistics)",
  statusPage: "SHOPLINE's \"HTTP status code\" page",
  flowControl: "SHOPLINE's flow-control page (REST Admin API, API instructions for use)",
  versions: "the endpoint's reference pages for each API version and SHOPLINE's API versioning guide",
  apiInstructions: "SHOPLINE's REST Admin API instructions for use",
} as const;

type RuleBasis =
  | { readonly kind: "documented"; readonly source: string; /** The documentation's own words, when a message quotes them. */ readonly quote?: string }
  | { readonly kind: "assumed"; readonly why: string };

export interface Rule {
  /** What the rule does, in one sentence. */
  readonly summary: string;
  readonly basis: RuleBasis;
}

const documented = (source: string, quote?: string): RuleBasis =>
  quote === undefined ? { kind: "documented", source } : { kind: "documented", source, quote };
const assumed = (why: string): RuleBasis => ({ kind: "assumed", why });

/**
 * The validator's rules, keyed by the `code` of the problems they report. The schema keywords
 * (`type`, `maxLength`, …) are the limits written on the endpoint's page.
 */
export const validatorRules = {
  syntax: { summary: "The body must be JSON.", basis: documented(sources.statusPage, "400: syntax error") },
  type: { summary: "Each field has the type the page gives it (long, string, list, object).", basis: documented(sources.endpointPage) },
  enum: { summary: "A custom value's type is 1 (amount), 2 (percent) or 3 (numerical).", basis: documented(sources.endpointPage, "1-amount; 2-percent; 3-numerical") },
  maxLength: { summary: "Names and tool tips have the maximum lengths the page states (20, 30, 200 characters).", basis: documented(sources.endpointPage) },
  maxItems: { summary: "The regional and custom lists hold at most 5 items.", basis: documented(sources.endpointPage, "max size=5") },
  minimum: { summary: "occurred_on is a 13-digit stamp in milliseconds.", basis: documented(sources.endpointPage, "standard 13- digit stamp") },
  maximum: { summary: "occurred_on is a 13-digit stamp in milliseconds.", basis: documented(sources.endpointPage, "standard 13- digit stamp") },
  "int64-range": { summary: "A long is a signed 64-bit integer.", basis: documented(sources.endpointPage, "long") },
  "int64-format": { summary: "A long is a whole number in plain digits.", basis: documented(sources.endpointPage, "long") },
  "unsafe-integer": {
    summary: "Integers beyond 2^53 − 1 are flagged.",
    basis: assumed("not a SHOPLINE rule: JavaScript numbers are exact only up to 2^53 − 1, so other tools may round such values; the playground sends them exactly as typed."),
  },
  "unknown-field": {
    summary: "Fields the page does not list are flagged.",
    basis: assumed("the page lists the fields; whether SHOPLINE ignores or refuses others is not documented."),
  },
  "nothing-to-sync": {
    summary: "An empty or missing marketing_activity_datas list syncs nothing.",
    basis: assumed("the page marks no field as required and says nothing about an empty list; a body without items is usually a mistake."),
  },
  "missing-identity": {
    summary: "An item without marketing_event_id or occurred_on is flagged.",
    basis: assumed("the page marks no field as required; without an id or a time the statistics can hardly be attributed, so this is usually a mistake."),
  },
  "timestamp-future": {
    summary: "An occurred_on more than 5 minutes ahead of now is flagged.",
    basis: assumed("nothing documents future times; statistics usually describe the past."),
  },
  "counters-inconsistent": {
    summary: "Counters that usually bound each other (clicks ≤ impressions, orders ≤ checkouts, bounced ≤ sent) are compared.",
    basis: assumed("the page defines no relation between counters; these hold for usual statistics, not for every channel."),
  },
  "value-type": {
    summary: "A custom value is compared with its type (a number for amount and numerical, a fraction for percent).",
    basis: assumed("the page's examples (\"0.09\" for percent, \"100\" for numerical) suggest the formats; no rule is documented."),
  },
} as const satisfies Record<string, Rule>;

export type ValidatorRuleId = keyof typeof validatorRules;

/** The sandbox's rules, named in each answer's `X-Sandbox-Rule` header (comma-separated ids). */
export const sandboxRules = {
  "route-404": {
    summary: "Only the endpoint's path in a documented API version is served; anything else answers 404.",
    basis: documented(sources.versions),
  },
  "method-405": {
    summary: "A method other than POST answers 405 with an Allow header.",
    basis: assumed("SHOPLINE's status table has no 405; an HTTP server usually answers 405 to a method a path does not take."),
  },
  "rate-queue": {
    summary: "Requests that fit in the bucket of 40 queue and are answered at 4 per second.",
    basis: documented(sources.flowControl),
  },
  "rate-429": {
    summary: "A request that finds the bucket full answers 429 {\"errors\":\"Too many request\"}.",
    basis: documented(sources.flowControl, "Too many request"),
  },
  "auth-401": {
    summary: "A missing, non-Bearer or expired token answers 401.",
    basis: documented(sources.statusPage, "401: token missing, wrong or expired"),
  },
  "auth-401-body": {
    summary: "The 401 body is a neutral {\"errors\": \"…\"}.",
    basis: assumed("SHOPLINE's wording for a refused token is not documented; the sandbox writes its own message."),
  },
  "any-token": {
    summary: "Any non-empty Bearer token that is not an expired JWT is accepted.",
    basis: assumed("the sandbox has no secret to verify a token against."),
  },
  "content-type-400": {
    summary: "A Content-Type other than application/json answers 400.",
    basis: documented(sources.statusPage, "400: Content-Type not application/json"),
  },
  "charset-400": {
    summary: "A charset other than UTF-8 answers 400.",
    basis: assumed("the page names only charset=utf-8; what SHOPLINE does with another charset is not documented."),
  },
  "accept-406": {
    summary: "An Accept header that allows neither JSON nor */* answers 406.",
    basis: documented(sources.statusPage, "406: Accept header type not acceptable"),
  },
  "high-risk-412": {
    summary: "Script-like content (<script, javascript:, onerror=, …) answers 412.",
    basis: assumed("SHOPLINE documents 412 for high-risk content such as a script, but not what it matches; the sandbox refuses the usual script markers."),
  },
  "syntax-400": {
    summary: "A body that is not JSON answers 400.",
    basis: documented(sources.statusPage, "400: syntax error"),
  },
  "type-400": {
    summary: "A value of the wrong type (a string or null where a long is expected, a fraction in a long) answers 400, listing those fields.",
    basis: assumed("the status page lists \"incorrect parameter type\" under 400 and \"incorrect input format\" under 422; which one SHOPLINE sends is unknown. The sandbox follows the 400 row's words."),
  },
  "schema-422": {
    summary: "A body that breaks a documented limit answers 422 with errors keyed by field path.",
    basis: documented(sources.statusPage, "422: well-formed but semantically wrong; details in errors"),
  },
  "nothing-to-sync-200": {
    summary: "An empty or missing item list answers 200 {\"sucess_count\": 0}.",
    basis: assumed("what SHOPLINE answers to a body without items is not documented."),
  },
  "success-200": {
    summary: "Otherwise 200 {\"sucess_count\": n}, n the number of items.",
    basis: documented(sources.endpointPage, "sucess_count: Success total number"),
  },
  "trace-id": {
    summary: "Every answer carries a traceId header.",
    basis: documented(sources.apiInstructions),
  },
  "answer-content-type": {
    summary: "Answers are JSON with Content-Type application/json; charset=utf-8.",
    basis: assumed("the content type of SHOPLINE's answers is not documented; the sandbox uses the request's."),
  },
  forced: {
    summary: "An answer forced by \"Sandbox behaviour\" (or --force-status / --fail-rate) carries SHOPLINE's errors shape with the status's documented meaning.",
    basis: documented(sources.statusPage),
  },
} as const satisfies Record<string, Rule>;

export type SandboxRuleId = keyof typeof sandboxRules;

/** The response header naming the sandbox rules behind an answer. */
export const sandboxRuleHeader = "X-Sandbox-Rule";

/** "documented — … (source)" or "assumed — why", as the UI shows a basis. */
export function basisText(rule: Rule): string {
  return rule.basis.kind === "documented"
    ? `documented — ${rule.summary} (${rule.basis.source}${rule.basis.quote === undefined ? "" : `: "${rule.basis.quote}"`})`
    : `assumed — ${rule.summary} Why: ${rule.basis.why}`;
}

/** The rule behind a problem code, or undefined for a code no rule covers (the test forbids that). */
export function validatorRule(code: string): Rule | undefined {
  return Object.hasOwn(validatorRules, code) ? validatorRules[code as ValidatorRuleId] : undefined;
}

/** The rules named by an `X-Sandbox-Rule` header value; unknown ids are skipped. */
export function sandboxRulesIn(headerValue: string | undefined): { id: SandboxRuleId; rule: Rule }[] {
  if (headerValue === undefined) return [];
  return headerValue
    .split(",")
    .map((id) => id.trim())
    .filter((id): id is SandboxRuleId => Object.hasOwn(sandboxRules, id))
    .map((id) => ({ id, rule: sandboxRules[id] }));
}
