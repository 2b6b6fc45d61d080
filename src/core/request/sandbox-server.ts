import { sandboxServerOrigin } from "./target";

type SandboxServerOrigin = { readonly ok: true; readonly origin: string } | { readonly ok: false; readonly error: string };

/**
 * The sandbox server's address as the user set it (`npm run sandbox -- --port 9000` serves
 * elsewhere): an http(s) origin; a path after it is ignored, since the server answers the
 * endpoint's own path. Empty means the default.
 * @example readSandboxServerOrigin("http://127.0.0.1:9000/") // → { ok: true, origin: "http://127.0.0.1:9000" }
 */
export function readSandboxServerOrigin(text: string): SandboxServerOrigin {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, origin: sandboxServerOrigin };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: `"${trimmed}" is not a URL: write it like ${sandboxServerOrigin}.` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, error: "The sandbox server URL must start with http:// or https://." };
  return { ok: true, origin: url.origin };
}
