import { endpoint } from "../endpoint/descriptor";
import { newTraceId } from "./trace-id";

/** The content type every sandbox answer carries, as the endpoint documents for requests. */
export const answerContentType = "application/json; charset=utf-8";

/**
 * A sandbox answer: the JSON text of `body`, its content type and a fresh `traceId`, as every
 * SHOPLINE answer has one. (Serialising here is fine: this is our own answer, not the user's body.)
 */
export function sandboxAnswer(status: number, body: unknown, extraHeaders: Record<string, string> = {}): Response {
  const headers = new Headers(extraHeaders);
  headers.set("Content-Type", answerContentType);
  headers.set(endpoint.response.traceIdHeader, newTraceId());
  return new Response(JSON.stringify(body), { status, headers });
}

/** An answer with SHOPLINE's `errors` field as a string or a field → messages map. */
export function errorAnswer(status: number, errors: string | Readonly<Record<string, readonly string[]>>, extraHeaders?: Record<string, string>): Response {
  return sandboxAnswer(status, { [endpoint.response.errorsField]: errors }, extraHeaders);
}
