import ky, { HTTPError, TimeoutError } from "ky";
import type { PreparedRequest } from "../core/request/build-request";
import type { TargetKind } from "../core/request/target";
import { explainNetworkFailure, type NetworkFailureExplanation } from "../core/response/explain-network-failure";
import { handleSandboxRequest } from "../sandbox/handle-sandbox-request";
import type { SandboxBehaviour } from "../sandbox/sandbox-behaviour";
import { createSandboxState } from "../sandbox/sandbox-state";

export type SendOutcome =
  | {
      readonly kind: "response";
      readonly status: number;
      /** What the page could read: in a browser, only CORS-safelisted and exposed headers. */
      readonly headers: readonly (readonly [string, string])[];
      readonly bodyText: string;
      readonly durationMs: number;
    }
  | { readonly kind: "failure"; readonly failure: NetworkFailureExplanation; readonly durationMs: number };

export interface SendOptions {
  readonly targetKind: TargetKind;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
  /** The in-page sandbox's faults (the "Sandbox behaviour" control). */
  readonly sandboxBehaviour?: SandboxBehaviour;
}

/** The in-page sandbox: one emulation per page, so its rate limit spans the page's sends. */
const sandboxState = createSandboxState();

/**
 * The sandbox as ky's `fetch`. A queued or slow answer can take seconds, so Cancel and the
 * timeout (both abort the request's signal) end the wait as they would a network fetch.
 */
function sandboxFetch(behaviour: SandboxBehaviour | undefined): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    const answer = handleSandboxRequest(request, sandboxState, Date.now, behaviour === undefined ? {} : { behaviour });
    const { signal } = request;
    if (signal.aborted) return Promise.reject(signal.reason as Error);
    return new Promise<Response>((resolve, reject) => {
      const onAbort = (): void => reject(signal.reason as Error);
      signal.addEventListener("abort", onAbort, { once: true });
      void answer.then(
        (response) => (signal.removeEventListener("abort", onAbort), resolve(response)),
        (error: unknown) => (signal.removeEventListener("abort", onAbort), reject(error as Error)),
      );
    });
  };
}

/**
 * Sends the prepared request straight from the browser with ky: no proxy, no retries, the
 * user's timeout, the body text byte for byte. Never throws; every ending is an outcome.
 */
export async function sendRequest(request: PreparedRequest, options: SendOptions): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  try {
    const response = await ky(request.url, {
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: request.body,
      retry: 0,
      timeout: options.timeoutMs,
      throwHttpErrors: false,
      signal: options.signal,
      ...(options.targetKind === "sandbox" ? { fetch: sandboxFetch(options.sandboxBehaviour) } : {}),
    });
    const bodyText = await response.text();
    const headers: [string, string][] = [];
    response.headers.forEach((value, name) => headers.push([name, value]));
    return { kind: "response", status: response.status, headers, bodyText, durationMs: elapsed() };
  } catch (error) {
    if (error instanceof HTTPError) throw error; // cannot happen with throwHttpErrors: false
    const timedOut = error instanceof TimeoutError;
    const aborted = options.signal.aborted;
    const probe = timedOut || aborted || options.targetKind === "sandbox" ? "not-run" : await probeReachable(request.url);
    const failure = explainNetworkFailure({
      url: request.url,
      pageProtocol: location.protocol,
      online: navigator.onLine,
      probe,
      aborted,
      timedOut,
      timeoutMs: options.timeoutMs,
    });
    return { kind: "failure", failure, durationMs: elapsed() };
  }
}

/**
 * After a bare "Failed to fetch": a `no-cors` request succeeds (opaquely) whenever the server
 * answers at all, so success means the browser refused the answer — CORS — not the network.
 */
async function probeReachable(url: string): Promise<"reachable" | "unreachable"> {
  try {
    await fetch(url, { method: "GET", mode: "no-cors", cache: "no-store", signal: AbortSignal.timeout(5000) });
    return "reachable";
  } catch {
    return "unreachable";
  }
}
