import { endpoint } from "../../endpoint/descriptor";

/** What a Custom base URL field holds, read as the URL the request goes below. */
type CustomBaseUrl =
  | {
      readonly ok: true;
      /** The versioned base the resource path is appended to. */
      readonly base: string;
      /** What the reading did or suspects, for the UI to say (null: the field is a plain versioned base). */
      readonly note: CustomBaseUrlNote | null;
    }
  | { readonly ok: false; readonly error: string };

type CustomBaseUrlNote =
  /** Only an origin was given: the documented base path was added. */
  | { readonly kind: "origin-completed"; readonly basePath: string }
  /** The whole request URL was given: the resource path was taken off. */
  | { readonly kind: "full-url" }
  /** A path that does not end in the base path: kept, with the completed URL offered. */
  | { readonly kind: "unusual-path"; readonly completed: string };

/** `/admin/openapi/{version}` with any version: a user naming another version means it. */
const versionedBasePath = new RegExp(`${escapeRegExp(endpoint.basePathTemplate).replace("\\{version\\}", "[^/]+")}$`);

/**
 * Accepts an origin (`http://127.0.0.1:8787`), a versioned base URL, or the full request URL.
 * @param basePath the documented base path for the chosen version, e.g. `/admin/openapi/v20260301`
 * @example readCustomBaseUrl("http://127.0.0.1:8787", "/admin/openapi/v20260301")
 * // → { ok: true, base: "http://127.0.0.1:8787/admin/openapi/v20260301", note: { kind: "origin-completed", … } }
 */
export function readCustomBaseUrl(text: string, basePath: string): CustomBaseUrl {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, error: `Enter a base URL such as http://127.0.0.1:8787${basePath}.` };
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return { ok: false, error: `"${trimmed}" is not a URL.` };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return { ok: false, error: "The base URL must start with http:// or https://." };
  }
  if (parsed.username !== "" || parsed.password !== "") {
    // fetch() refuses such a URL outright; the token goes in Access token instead.
    return { ok: false, error: "The base URL must not carry a user name or password (user:pass@): put the token in Access token." };
  }
  if (parsed.search !== "" || parsed.hash !== "" || /[?#]/.test(trimmed)) {
    return { ok: false, error: "The base URL must not carry a query or a fragment." };
  }
  // The text as typed (not URL's normalised form): the request goes exactly where it says.
  const withoutSlash = trimmed.replace(/\/+$/, "");
  if (parsed.pathname === "/" || parsed.pathname === "") {
    return { ok: true, base: withoutSlash + basePath, note: { kind: "origin-completed", basePath } };
  }
  if (withoutSlash.endsWith(endpoint.resourcePath)) {
    const base = withoutSlash.slice(0, -endpoint.resourcePath.length);
    if (versionedBasePath.test(base)) return { ok: true, base, note: { kind: "full-url" } };
  }
  if (versionedBasePath.test(withoutSlash)) return { ok: true, base: withoutSlash, note: null };
  return { ok: true, base: withoutSlash, note: { kind: "unusual-path", completed: withoutSlash + basePath } };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
