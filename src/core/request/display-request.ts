import { endpoint } from "../../endpoint/descriptor";
import type { PreparedRequest } from "./build-request";

/** What the screen shows in place of the token. */
export const tokenMask = "••••••••";

const authorization = endpoint.headers.authorization;

/**
 * The request as shown on screen: the token masked in its own place, the Authorization header,
 * and nowhere else. Replacing the token's text everywhere would also hide a body value that
 * happens to equal it (a token `100` turned every `100` into dots).
 */
export function maskTokenForDisplay(request: PreparedRequest): PreparedRequest {
  if (!request.hasToken) return request;
  const headers = request.headers.map(([name, value]) =>
    name.toLowerCase() === authorization.name.toLowerCase() ? ([name, `${authorization.scheme} ${tokenMask}`] as const) : ([name, value] as const),
  );
  return { ...request, headers };
}
