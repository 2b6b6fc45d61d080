import { endpoint, isApiVersion } from "../endpoint/descriptor";
import type { SandboxRuleId } from "../endpoint/rules";
import { defaultBasePath } from "../core/request/target";
import { validateBody } from "../core/validation/validate-body";
import { itemsListField } from "../endpoint/item-fields";
import type { Problem } from "../core/validation/problem";
import { acceptsJson } from "./check-accept";
import { authorizationProblem } from "./check-authorization";
import { contentTypeProblem } from "./check-content-type";
import { findHighRiskContent } from "./high-risk-content";
import { reserveSlot } from "./leaky-bucket";
import { errorAnswer, sandboxAnswer } from "./sandbox-answer";
import { asDocumented, forcedErrorText, forcedStatus, type SandboxBehaviour } from "./sandbox-behaviour";
import type { SandboxState } from "./sandbox-state";

/** The path the sandbox answers on for the default version; any prefix before it is allowed (a proxy may mount it deeper). */
export const sandboxEndpointPath = defaultBasePath() + endpoint.resourcePath;

/** `/admin/openapi/<version>/sales/…/sync_data.json` at the end of a path; the version is checked against the documented ones. */
const endpointPathPattern = new RegExp(
  `${escape(endpoint.basePathTemplate).replace("\\{version\\}", "(v\\d{8})")}${escape(endpoint.resourcePath)}$`,
);

export interface SandboxRun {
  /** Waits `ms` before answering (the queue, a slow behaviour). Default: a real timer. Tests pass a fake clock's. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Faults to produce instead of the documented behaviour. */
  readonly behaviour?: SandboxBehaviour;
  /** Draws `failRate` failures. Default Math.random. */
  readonly random?: () => number;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The API version a request's path names, or undefined when the path is not the endpoint's. */
function requestedVersion(url: string): string | undefined {
  return endpointPathPattern.exec(new URL(url).pathname)?.[1];
}

/**
 * The endpoint's emulation: one Fetch-API function, used in the page as the default target and
 * by `scripts/sandbox-server.ts` over real HTTP. Each answer names its rules in `X-Sandbox-Rule`
 * (endpoint/rules.ts says which are documented and which assumed). Checks run in the order a
 * gateway applies them:
 *
 * 1. route: a path that is not the endpoint in a documented version → 404, another method → 405
 *    (neither reaches the rate limiter);
 * 2. a forced fault ("Sandbox behaviour", `--force-status`, `--fail-rate`);
 * 3. flow control: a request that fits in the bucket waits for its slot (4/s); one that does
 *    not → 429. Before auth, as gateways limit before they authenticate;
 * 4. `Accept` → 406; 5. `Authorization` → 401; 6. `Content-Type` → 400;
 * 7. script-like content → 412, on the raw text, as a firewall sees it before any parsing;
 * 8. JSON syntax → 400; 9. a wrong-typed value → 400; 10. other schema errors → 422 keyed by
 *    field path; 11. otherwise 200 `{"sucess_count": n}` (0 for an empty or missing list).
 *
 * The body is read once as text and never re-serialised. `clock` gives "now" in ms for the
 * bucket, token expiry and the body's date checks.
 */
export async function handleSandboxRequest(request: Request, state: SandboxState, clock: () => number, run: SandboxRun = {}): Promise<Response> {
  const version = requestedVersion(request.url);
  if (version === undefined || !isApiVersion(version)) return errorAnswer(404, "Not Found", ["route-404"]);
  if (request.method !== endpoint.method) return errorAnswer(405, "Method Not Allowed", ["method-405"], { Allow: endpoint.method });
  const sleep = run.sleep ?? realSleep;
  const behaviour = run.behaviour ?? asDocumented;
  if ((behaviour.delayMs ?? 0) > 0) await sleep(behaviour.delayMs ?? 0);
  const forced = forcedStatus(behaviour, run.random ?? Math.random);
  if (forced !== undefined) return errorAnswer(forced, forcedErrorText(forced), ["forced"]);
  const arrivedMs = clock();
  const slot = reserveSlot(state.bucket, arrivedMs);
  if (slot === undefined) return errorAnswer(429, endpoint.rateLimit.body.errors, ["rate-429"]);
  const queued: SandboxRuleId[] = slot > arrivedMs ? ["rate-queue"] : [];
  if (slot > arrivedMs) await sleep(slot - arrivedMs);
  return answerAfterQueue(request, clock(), queued);
}

async function answerAfterQueue(request: Request, nowMs: number, queued: readonly SandboxRuleId[]): Promise<Response> {
  const refuse = (status: number, errors: Parameters<typeof errorAnswer>[1], ...rules: SandboxRuleId[]): Response =>
    errorAnswer(status, errors, [...rules, ...queued]);
  const accept = request.headers.get(endpoint.headers.accept.name);
  if (!acceptsJson(accept)) {
    return refuse(406, `The Accept header (${accept ?? ""}) allows no JSON answer.`, "accept-406");
  }
  const authProblem = authorizationProblem(request.headers.get(endpoint.headers.authorization.name), nowMs);
  if (authProblem !== undefined) return refuse(401, authProblem, "auth-401", "auth-401-body");
  const typeProblem = contentTypeProblem(request.headers.get(endpoint.headers.contentType.name));
  if (typeProblem !== undefined) return refuse(400, typeProblem, / is not supported\.$/.test(typeProblem) ? "charset-400" : "content-type-400");
  const text = await request.text();
  const risky = findHighRiskContent(text);
  if (risky !== undefined) return refuse(412, `The request body contains high-risk content (${JSON.stringify(risky)}) and was refused.`, "high-risk-412");
  const result = validateBody(text, { nowMs });
  if (!result.parsed) return refuse(400, `Invalid JSON: ${result.problems[0]?.message ?? "syntax error"}`, "syntax-400");
  const typeErrors = result.problems.filter((p) => p.severity === "error" && wrongTypeCodes.has(p.code));
  if (typeErrors.length > 0) return refuse(400, errorsByPath(typeErrors), "type-400");
  if (result.errors > 0) return refuse(422, errorsByPath(result.problems), "schema-422");
  const count = itemCount(text);
  const rules: SandboxRuleId[] = [count === 0 ? "nothing-to-sync-200" : "success-200", ...queued, "any-token"];
  return sandboxAnswer(200, { [endpoint.response.successCountField]: count }, rules);
}

/**
 * Problems that mean "a parameter of the wrong type": the status page lists that under 400
 * (rule "type-400", an assumption: the page also lists "incorrect input format" under 422).
 */
const wrongTypeCodes = new Set(["type", "int64-format", "int64-range"]);

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

/** The number of items of a body the schema accepted (a missing list counts 0). Only a length is read. */
function itemCount(text: string): number {
  const list = (JSON.parse(text) as Record<string, unknown>)[itemsListField];
  return Array.isArray(list) ? list.length : 0;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
