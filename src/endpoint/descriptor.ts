/**
 * Everything about the endpoint that is not the body schema: method, URL template, headers,
 * scope, response fields, status meanings and the rate limit. Sources: the endpoint's reference
 * page and SHOPLINE's public "HTTP status code", rate-limit and authorization pages.
 */

export const endpoint = {
  title: "Bulk sync marketing event statistics",
  method: "POST",
  /** The default API version segment of the path (the one the reference page shows). */
  version: "v20260301",
  /** Every API version whose reference documents this endpoint (the Go SDK's structs are identical across them). */
  versions: ["v20250601", "v20260301", "v20260601", "v20270301"],
  /** The store URL: `{handle}` is the store's domain prefix (`open001` for open001.myshopline.com). */
  storeBaseUrlTemplate: "https://{handle}.myshopline.com/admin/openapi/{version}",
  storeHostSuffix: ".myshopline.com",
  /** Path below the versioned base URL. */
  resourcePath: "/sales/marketing_events/sync_data.json",
  /** The path below the host, for servers that emulate the endpoint. */
  basePathTemplate: "/admin/openapi/{version}",
  scope: "write_marketing_event",
  /** Request headers in the order the endpoint page's curl example sends them. */
  headers: {
    authorization: { name: "Authorization", scheme: "Bearer" },
    contentType: { name: "Content-Type", value: "application/json; charset=utf-8" },
    accept: { name: "accept", value: "application/json" },
  },
  /** The documented response: `sucess_count` is SHOPLINE's own spelling. */
  response: {
    successCountField: "sucess_count",
    successCountAliases: ["success_count"],
    traceIdHeader: "traceId",
    errorsField: "errors",
  },
  /** Leaky bucket per app per store. */
  rateLimit: { perSecond: 4, bucketSize: 40, body: { errors: "Too many request" } },
  /** Sibling endpoint `sales/flow/batch_sync_flow_data.json` documents "max 100"; this one says nothing. */
  documentedItemLimit: null,
} as const;

interface StatusMeaning {
  readonly code: number;
  readonly meaning: string;
  /** What a user can do about it, when the docs say. */
  readonly advice?: string;
}

/** SHOPLINE's "HTTP status code" page (403 in its own words). Only 200 counts as success for this endpoint. */
const { perSecond, bucketSize } = endpoint.rateLimit;

export const statusMeanings: readonly StatusMeaning[] = [
  { code: 200, meaning: "OK" },
  { code: 201, meaning: "Created" },
  { code: 202, meaning: "Accepted, not yet processed" },
  { code: 303, meaning: "See Other" },
  { code: 400, meaning: "Bad request: syntax error, Content-Type not application/json, or a parameter of the wrong type" },
  { code: 401, meaning: "Unauthorized: token missing, wrong or expired", advice: "Reauthorize, or refresh the token if it expired." },
  { code: 402, meaning: "Store frozen (unpaid balance)" },
  {
    code: 403,
    meaning: "Server refuses to response to the request",
    advice: "A likely cause (not documented): the token lacks the write_marketing_event scope.",
  },
  { code: 404, meaning: "Not found" },
  { code: 406, meaning: "The Accept header's type is not acceptable" },
  { code: 412, meaning: "The body contains high-risk content, e.g. a script" },
  { code: 422, meaning: "Well-formed but semantically wrong; details in errors" },
  { code: 423, meaning: "Store locked (repeated rate-limit breaches, fraud or leak risk)" },
  { code: 429, meaning: `Rate limited (${perSecond} requests/s, bucket of ${bucketSize})`, advice: "Wait and send again more slowly." },
  { code: 433, meaning: "Blocked as an attack, or IP blacklisted" },
  { code: 434, meaning: "Security rate-limit policy triggered" },
  { code: 435, meaning: "CC (challenge collapsar) policy triggered" },
  { code: 436, meaning: "Security policy triggered" },
  { code: 500, meaning: "Internal server error" },
  { code: 501, meaning: "Endpoint not available to this store" },
  { code: 503, meaning: "Service unavailable" },
  { code: 504, meaning: "Timeout", advice: "Split the batch into smaller requests." },
];

/** Statuses the sandbox or a server may answer that SHOPLINE's table does not list, labelled as such. */
export const unlistedStatusMeanings: readonly StatusMeaning[] = [
  { code: 405, meaning: "Method not allowed (not in SHOPLINE's table)", advice: "This endpoint takes POST." },
];

export type ApiVersion = (typeof endpoint.versions)[number];

export function isApiVersion(value: string): value is ApiVersion {
  return (endpoint.versions as readonly string[]).includes(value);
}
