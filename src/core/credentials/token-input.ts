import { endpoint } from "../../endpoint/descriptor";

const scheme = endpoint.headers.authorization.scheme;
/** `Bearer abc`, `bearer: abc`, `Authorization: Bearer abc`, as people copy them from docs and tools. */
const pastedScheme = new RegExp(`^\\s*(?:${endpoint.headers.authorization.name}\\s*:\\s*)?${scheme}\\s*:?\\s+(?=\\S)`, "i");

interface TokenInput {
  /** The token as it goes after `Bearer ` in the header. */
  readonly token: string;
  /** What was taken off the front (`"Bearer "`), or null when nothing was. */
  readonly stripped: string | null;
}

/**
 * The app writes the scheme itself, so a token pasted with its scheme would go out as
 * `Bearer Bearer …`: the scheme is taken off, and the caller says so.
 * @example normalizeTokenInput("Bearer abc") // → { token: "abc", stripped: "Bearer " }
 */
export function normalizeTokenInput(text: string): TokenInput {
  const match = pastedScheme.exec(text);
  if (match === null) return { token: text, stripped: null };
  return { token: text.slice(match[0].length), stripped: match[0].trim() };
}
