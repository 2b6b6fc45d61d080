import { endpoint } from "../endpoint/descriptor";
import type { Answer } from "../core/bulk/bulk-run";
import type { PreparedRequest } from "../core/request/build-request";
import type { TargetKind } from "../core/request/target";
import { parseJson } from "../core/json/parse-json";
import { readSuccessCount } from "../core/response/success-count";
import { sendRequest } from "./send-request";

/** Per request of a bulk run: a timeout long enough for a queued answer, short enough to notice a hang. */
const bulkRequestTimeoutMs = 60_000;

/**
 * Sends one request of a bulk run through the page's send service and reads what the run
 * needs from the answer: status, success count, traceId and Retry-After.
 */
export async function sendBulkRequest(request: PreparedRequest, targetKind: TargetKind, signal: AbortSignal): Promise<Answer> {
  const outcome = await sendRequest(request, { targetKind, timeoutMs: bulkRequestTimeoutMs, signal });
  if (outcome.kind === "failure") return { kind: "no-answer", reason: outcome.failure.title, durationMs: outcome.durationMs };
  const header = (name: string) => outcome.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
  // A success answer is a few bytes ({"sucess_count": n}); decoding it here is cheap.
  const bodyText = outcome.status === 200 ? await outcome.body.text() : "";
  const count = outcome.status === 200 ? readSuccessCount(bodyText, parseJson(bodyText).root) : undefined;
  const retryAfter = Number(header("Retry-After"));
  return {
    kind: "response",
    status: outcome.status,
    durationMs: outcome.durationMs,
    successCount: count === undefined ? undefined : Number(count),
    traceId: header(endpoint.response.traceIdHeader),
    retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
  };
}
