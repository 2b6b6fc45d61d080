import { endpoint, statusMeanings, unlistedStatusMeanings } from "../../endpoint/descriptor";
import { sandboxRuleHeader, sandboxRulesIn, type Rule, type SandboxRuleId } from "../../endpoint/rules";
import { parseJson } from "../json/parse-json";
import { prettyJson } from "./pretty-json";
import { flattenErrors, type ResponseError } from "./response-errors";
import { readSuccessCount } from "./success-count";

export interface ResponseInput {
  readonly status: number;
  /** The headers the page could read (in a browser: only the CORS-exposed ones). */
  readonly headers: readonly (readonly [name: string, value: string])[];
  readonly bodyText: string;
  readonly durationMs: number;
}

export interface ClassifiedResponse {
  /** Only 200 counts as success for this endpoint. */
  readonly ok: boolean;
  readonly status: number;
  /** SHOPLINE's meaning of the status, or "Unknown status". */
  readonly statusMeaning: string;
  readonly advice?: string;
  /** `sucess_count` as the digits the server wrote. */
  readonly successCount?: string;
  readonly traceId?: string;
  /** False when no `traceId` header reached the page (the server did not expose it, or sent none). */
  readonly traceIdVisible: boolean;
  readonly errors: readonly ResponseError[];
  /** The body re-indented without touching any literal, or the body as-is when it is not JSON. */
  readonly prettyBody: string;
  readonly bodyIsJson: boolean;
  readonly durationMs: number;
  /** The sandbox rules behind the answer (its `X-Sandbox-Rule` header), each with its basis; empty from other servers. */
  readonly sandboxRules: readonly { readonly id: SandboxRuleId; readonly rule: Rule }[];
}

/**
 * Everything the response panel shows, from what the page received. Reads the body losslessly
 * (a count beyond 2^53 keeps its digits) and never throws on odd bodies.
 * @example classifyResponse({ status: 200, headers: [["traceId", "t1"]], bodyText: '{"sucess_count":1}', durationMs: 5 })
 * // → { ok: true, statusMeaning: "OK", successCount: "1", traceId: "t1", traceIdVisible: true, … }
 */
export function classifyResponse(input: ResponseInput): ClassifiedResponse {
  const meaning = statusMeanings.find((m) => m.code === input.status) ?? unlistedStatusMeanings.find((m) => m.code === input.status);
  const ruleName = sandboxRuleHeader.toLowerCase();
  const sandboxRules = sandboxRulesIn(input.headers.find(([name]) => name.toLowerCase() === ruleName)?.[1]);
  const traceName = endpoint.response.traceIdHeader.toLowerCase();
  const traceHeader = input.headers.find(([name]) => name.toLowerCase() === traceName);
  const { root } = input.bodyText.trim() === "" ? { root: undefined } : parseJson(input.bodyText);
  const successCount = readSuccessCount(input.bodyText, root);
  return {
    ok: input.status === 200,
    status: input.status,
    statusMeaning: meaning?.meaning ?? "Unknown status",
    ...(meaning?.advice === undefined ? {} : { advice: meaning.advice }),
    ...(successCount === undefined ? {} : { successCount }),
    ...(traceHeader === undefined ? {} : { traceId: traceHeader[1] }),
    traceIdVisible: traceHeader !== undefined,
    errors: flattenErrors(input.bodyText, root),
    prettyBody: root === undefined ? input.bodyText : prettyJson(input.bodyText, root),
    bodyIsJson: root !== undefined,
    durationMs: input.durationMs,
    sandboxRules,
  };
}
