import { endpoint } from "../endpoint/descriptor";
import { inspectToken } from "../core/token/inspect-token";

/**
 * The sandbox's own 401 wording (rule "auth-401-body": assumed). SHOPLINE's wording is not
 * documented, so this says plainly what the sandbox checked, in no one else's words.
 */
export const invalidTokenMessage = `No valid access token: send ${endpoint.headers.authorization.name}: ${endpoint.headers.authorization.scheme} <access token>.`;

/**
 * Why the `Authorization` header is refused, or undefined. Any non-empty Bearer token passes
 * (the sandbox has no secret to verify against), except a JWT whose `exp` has passed, which
 * the real endpoint refuses too.
 */
export function authorizationProblem(value: string | null, nowMs: number): string | undefined {
  const { scheme } = endpoint.headers.authorization;
  // RFC 9110 §11.1: the scheme name is case-insensitive.
  const match = new RegExp(`^${scheme}[ \\t]+(\\S.*)$`, "i").exec((value ?? "").trim());
  if (!match) return invalidTokenMessage;
  const token = (match[1] ?? "").trim();
  const inspection = inspectToken(token, nowMs);
  if (inspection.kind === "jwt" && inspection.expired && inspection.expiresAt !== undefined) {
    const at = new Date(inspection.expiresAt).toISOString();
    return `The access token expired at ${at} (${inspection.expiryText}). Refresh the token or reauthorize the app.`;
  }
  return undefined;
}
