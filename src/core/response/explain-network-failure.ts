import { endpoint } from "../../endpoint/descriptor";

export interface NetworkFailureInput {
  /** The URL the request went to. */
  readonly url: string;
  /** The page's own `location.protocol`, e.g. "https:". */
  readonly pageProtocol: string;
  /** `navigator.onLine` at the time of the failure. */
  readonly online: boolean;
  /** A follow-up `fetch(url, { mode: "no-cors" })`: it resolves (opaquely) when the server answers at all. */
  readonly probe: "reachable" | "unreachable" | "not-run";
  readonly aborted: boolean;
  readonly timedOut: boolean;
  readonly timeoutMs: number;
  /** The status that arrived before the body stalled or broke off (the timeout covers the whole exchange). */
  readonly statusBeforeStall?: number;
  /** The server answered with a redirect, which the playground does not follow (fetch's `redirect: "manual"`). */
  readonly redirected?: boolean;
  /** fetch refused to build the request ("Failed to execute 'fetch'…"): nothing was sent. */
  readonly browserRefusal?: string;
}

type NetworkFailureKind =
  | "cors"
  | "mixed-content"
  | "unreachable"
  | "offline"
  | "timeout"
  | "cancelled"
  | "redirect"
  | "refused-request"
  | "broken-answer"
  | "unknown";

export interface NetworkFailureExplanation {
  readonly title: string;
  readonly explanation: string;
  readonly kind: NetworkFailureKind;
}

/**
 * Plain words for a send that ended without any HTTP answer, where `fetch` only threw a bare
 * "Failed to fetch" TypeError (swagger-ui #4560 shows what users make of that). The browser hides
 * the cause on purpose, so the cause is inferred: first what the page itself knows (cancel,
 * timeout, offline, an http:// URL from an https:// page), then the no-cors probe, which tells
 * "the server answered but CORS refused us" from "nothing answered".
 */
export function explainNetworkFailure(input: NetworkFailureInput): NetworkFailureExplanation {
  const url = parseUrl(input.url);
  const where = url?.origin ?? input.url;
  if (input.timedOut) {
    const limit = durationText(input.timeoutMs);
    const stalled = input.statusBeforeStall;
    return {
      kind: "timeout",
      title: stalled === undefined ? `No answer within ${limit}` : `The answer did not finish within ${limit}`,
      explanation:
        stalled === undefined
          ? `The request was stopped after ${limit} without an answer. The server may still have received and processed it. For a large batch, send fewer items per request.`
          : `The server answered with status ${stalled}, but its body stopped arriving: the request was stopped after ${limit} in all. The server may still have processed it.`,
    };
  }
  if (input.aborted) {
    return {
      kind: "cancelled",
      title: "Request cancelled",
      explanation: "You cancelled the request before an answer arrived. The server may still have received and processed it.",
    };
  }
  if (input.statusBeforeStall !== undefined) {
    return {
      kind: "broken-answer",
      title: "The answer broke off",
      explanation: `The server answered with status ${input.statusBeforeStall}, but the connection closed before its body was complete. The server may still have processed the request.`,
    };
  }
  if (input.redirected === true) {
    return {
      kind: "redirect",
      title: "The server answered with a redirect",
      explanation: `${where} answered with a redirect (3xx) instead of an answer. The playground does not follow redirects: one can turn the POST into a GET, drop the token, or lead to another server or to a non-web address. Use the address that answers directly (check http:// against https:// and the path).`,
    };
  }
  if (input.browserRefusal !== undefined) {
    return {
      kind: "refused-request",
      title: "The browser refused to build the request",
      explanation: `Nothing was sent: ${input.browserRefusal} Check the base URL and the access token for characters a URL or a header cannot carry.`,
    };
  }
  if (!input.online) {
    return { kind: "offline", title: "You are offline", explanation: "The browser reports no network connection. Reconnect, then send again." };
  }
  if (url !== undefined && input.pageProtocol === "https:" && url.protocol === "http:" && !isLoopback(url.hostname)) {
    return {
      kind: "mixed-content",
      title: "Blocked: an http:// address from an https:// page",
      explanation: `This page was loaded over https://, so the browser refuses to send to the unencrypted address ${where} (mixed content). Use an https:// address, or open the playground over http://.`,
    };
  }
  if (input.probe === "reachable") {
    return { kind: "cors", title: "Refused by the browser (CORS)", explanation: corsExplanation(where, url) };
  }
  if (input.probe === "unreachable") {
    return { kind: "unreachable", title: "Server unreachable", explanation: unreachableExplanation(where, url) };
  }
  return {
    kind: "unknown",
    title: "The request failed without an answer",
    explanation: `The browser stopped the request to ${where} without saying why. Usual causes: the server does not allow requests from web pages (CORS), it cannot be reached, or a browser extension blocked it. Run the curl command in a terminal to tell these apart.`,
  };
}

function corsExplanation(where: string, url: URL | undefined): string {
  const base = `${where} answers, but it did not allow this page to send the request or read its answer. A request with an access token always asks the server's permission first (a CORS preflight), and the server did not grant it.`;
  if (url !== undefined && url.hostname.endsWith(endpoint.storeHostSuffix)) {
    return `${base} SHOPLINE does not document browser access to its Admin API: run the curl command in a terminal instead, or try the request on the sandbox.`;
  }
  if (url !== undefined && isLoopback(url.hostname)) return `${base} If this is the sandbox server started with --no-cors, start it without that switch.`;
  return `${base} The server must answer the preflight with Access-Control-Allow-Origin for this page.`;
}

function unreachableExplanation(where: string, url: URL | undefined): string {
  const base = `Nothing answered at ${where}: the name may not resolve, nothing may be listening on that port, or its certificate is not trusted.`;
  if (url !== undefined && isLoopback(url.hostname)) return `${base} Is the sandbox server running? Start it with: npm run sandbox`;
  if (url !== undefined && url.hostname.endsWith(endpoint.storeHostSuffix)) return `${base} Check the store handle.`;
  return base;
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Browsers treat these as secure, so http:// to them is not mixed content. */
function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === "[::1]";
}

/** 30000 → "30 s", 1500 → "1.5 s", 800 → "800 ms". */
export function durationText(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
