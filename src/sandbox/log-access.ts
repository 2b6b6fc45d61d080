/**
 * Who may read or clear the sandbox server's request log: tools (curl, Node, tests), which send
 * no `Origin`, and pages of the server's own origin. Any other page gets nothing — the log holds
 * what clients sent, tokens included when the server was started with --log-tokens, and a page
 * the developer merely visits must not read it or wipe it.
 *
 * "Own origin" also requires the `Host` to be an IP literal or a localhost name: a page on
 * evil.example whose DNS name was rebound to 127.0.0.1 is same-origin with itself, not with us.
 * @example mayUseRequestLog(null, "127.0.0.1:8787") // → true (curl)
 * @example mayUseRequestLog("https://evil.example", "127.0.0.1:8787") // → false
 */
export function mayUseRequestLog(origin: string | null, host: string | undefined): boolean {
  if (origin === null) return true;
  if (host === undefined || origin !== `http://${host}`) return false;
  return URL.canParse(origin) && isAddressOrLocalhost(new URL(origin).hostname);
}

function isAddressOrLocalhost(hostname: string): boolean {
  return (
    hostname === "localhost" ||
    hostname.endsWith(".localhost") ||
    /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) ||
    (hostname.startsWith("[") && hostname.endsWith("]"))
  );
}
