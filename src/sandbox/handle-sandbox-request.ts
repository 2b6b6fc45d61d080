import { endpoint } from "../endpoint/descriptor";
import { defaultBasePath } from "../core/request/target";
import { validateBody } from "../core/validation/validate-body";
import { itemsListField } from "../core/validation/item-fields";
import type { Problem } from "../core/validation/problem";
import { authorizationProblem } from "./check-authorization";
import { contentTypeProblem } from "./check-content-type";
import { findHighRiskContent } from "./high-risk-content";
import { admit } from "./leaky-bucket";
import { errorAnswer, sandboxAnswer } from "./sandbox-answer";
import type { SandboxState } from "./sandbox-state";

/** The path the sandbox answers on; any prefix before it is allowed (a proxy may mount it deeper). */
export const sandboxEndpointPath = defaultBasePath() + endpoint.resourcePath;

/**
 * The endpoint's emulation: one Fetch-API function, used in the page as the default target and
 * by `scripts/sandbox-server.ts` over real HTTP. Checks run in the order a gateway applies them:
 *
 * 1. route: wrong path → 404, wrong method → 405 (neither reaches the rate limiter);
 * 2. rate limit → 429, before auth, as gateways limit before they authenticate (refused
 *    requests do not fill the bucket; requests with a bad token do);
 * 3. `Authorization` → 401; 4. `Content-Type` → 400;
 * 5. script-like content → 412, on the raw text, as a firewall sees it before any parsing;
 * 6. JSON syntax → 400; 7. schema errors (not warnings) → 422 keyed by field path;
 * 8. otherwise 200 `{"sucess_count": n}`.
 *
 * The body is read once as text and never re-serialised. `clock` gives "now" in ms for the
 * bucket, token expiry and the body's date checks.
 */
export async function handleSandboxRequest(request: Request, state: SandboxState, clock: () => number): Promise<Response> {
  if (!new URL(request.url).pathname.endsWith(sandboxEndpointPath)) return errorAnswer(404, "Not Found");
  if (request.method !== endpoint.method) return errorAnswer(405, "Method Not Allowed", { Allow: endpoint.method });
  const nowMs = clock();
  if (!admit(state.bucket, nowMs)) return errorAnswer(429, endpoint.rateLimit.body.errors);
  const authProblem = authorizationProblem(request.headers.get(endpoint.headers.authorization.name), nowMs);
  if (authProblem !== undefined) return errorAnswer(401, authProblem);
  const typeProblem = contentTypeProblem(request.headers.get(endpoint.headers.contentType.name));
  if (typeProblem !== undefined) return errorAnswer(400, typeProblem);
  const text = await request.text();
  const risky = findHighRiskContent(text);
  if (risky !== undefined) return errorAnswer(412, `The request body contains high-risk content (${JSON.stringify(risky)}) and was refused.`);
  const result = validateBody(text, { nowMs });
  if (!result.parsed) return errorAnswer(400, `Invalid JSON: ${result.problems[0]?.message ?? "syntax error"}`);
  if (result.errors > 0) return errorAnswer(422, errorsByPath(result.problems));
  return sandboxAnswer(200, { [endpoint.response.successCountField]: itemCount(text) });
}

/** Schema errors as SHOPLINE's `errors` map: field path → messages. Warnings are not errors. */
function errorsByPath(problems: readonly Problem[]): Record<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const problem of problems) {
    if (problem.severity !== "error") continue;
    const list = byPath.get(problem.pathText) ?? [];
    list.push(problem.message);
    byPath.set(problem.pathText, list);
  }
  // fromEntries defines own properties, so a path named "__proto__" stays a key.
  return Object.fromEntries(byPath);
}

/** The number of items of a body the schema accepted (so the list exists). Only a length is read. */
function itemCount(text: string): number {
  const list = (JSON.parse(text) as Record<string, unknown>)[itemsListField];
  return Array.isArray(list) ? list.length : 0;
}
