import { endpoint } from "../endpoint/descriptor";
import { sandboxRuleHeader, type SandboxRuleId } from "../endpoint/rules";
import { newTraceId } from "./trace-id";

/** The content type every sandbox answer carries (rule "answer-content-type": assumed). */
export const answerContentType = "application/json; charset=utf-8";

/** Rules behind every answer, whatever decided it: the traceId header and the content type. */
const everyAnswer: readonly SandboxRuleId[] = ["trace-id", "answer-content-type"];

/**
 * A sandbox answer: the JSON text of `body`, its content type, a fresh `traceId` (every
 * SHOPLINE answer has one) and `X-Sandbox-Rule` naming the rules that produced it, so the page
 * can show whether each is documented or assumed. (Serialising here is fine: this is our own
 * answer, not the user's body.)
 */
export function sandboxAnswer(status: number, body: unknown, rules: readonly SandboxRuleId[] = [], extraHeaders: Record<string, string> = {}): Response {
  const headers = new Headers(extraHeaders);
  headers.set(endpoint.headers.contentType.name, answerContentType);
  headers.set(endpoint.response.traceIdHeader, newTraceId());
  headers.set(sandboxRuleHeader, [...rules, ...everyAnswer].join(", "));
  return new Response(JSON.stringify(body), { status, headers });
}

/** An answer with SHOPLINE's `errors` field as a string or a field → messages map. */
export function errorAnswer(
  status: number,
  errors: string | Readonly<Record<string, readonly string[]>>,
  rules: readonly SandboxRuleId[] = [],
  extraHeaders?: Record<string, string>,
): Response {
  return sandboxAnswer(status, { [endpoint.response.errorsField]: errors }, rules, extraHeaders);
}
