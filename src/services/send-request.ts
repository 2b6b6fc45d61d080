import ky, { HTTPError } from "ky";
import type { PreparedRequest } from "../core/request/build-request";
import type { TargetKind } from "../core/request/target";
import { explainNetworkFailure, type NetworkFailureExplanation, type NetworkFailureInput } from "../core/response/explain-network-failure";
import type { SandboxBehaviour } from "../sandbox/sandbox-behaviour";

export type SendOutcome =
  | {
      readonly kind: "response";
      readonly status: number;
      /** What the page could read: in a browser, only CORS-safelisted and exposed headers. */
      readonly headers: readonly (readonly [string, string])[];
      /** The body's bytes as received: kept as a Blob so a large one is never decoded on the page's thread. */
      readonly body: Blob;
      readonly durationMs: number;
    }
  | { readonly kind: "failure"; readonly failure: NetworkFailureExplanation; readonly durationMs: number };

interface SendOptions {
  readonly targetKind: TargetKind;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
  /** The in-page sandbox's faults (the "Sandbox behaviour" control). */
  readonly sandboxBehaviour?: SandboxBehaviour;
}

/**
 * The in-page sandbox, loaded with the first send to it: it checks bodies with its own copy of the
 * validator (~35 KB), which the first screen does not need (the page's checks run in a worker).
 * One emulation per page, so its rate limit spans the page's sends.
 */
let inPageSandbox: Promise<(request: Request, behaviour: SandboxBehaviour | undefined) => Promise<Response>> | undefined;
const loadSandbox = () =>
  (inPageSandbox ??= Promise.all([import("../sandbox/handle-sandbox-request"), import("../sandbox/sandbox-state")]).then(([{ handleSandboxRequest }, { createSandboxState }]) => {
    const state = createSandboxState();
    return (request, behaviour) => handleSandboxRequest(request, state, Date.now, behaviour === undefined ? {} : { behaviour });
  }));

/**
 * The sandbox as ky's `fetch`. A queued or slow answer can take seconds, so Cancel and the
 * timeout (both abort the request's signal) end the wait as they would a network fetch.
 */
function sandboxFetch(behaviour: SandboxBehaviour | undefined): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    const answer = loadSandbox().then((handle) => handle(request, behaviour));
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

/** What browsers say for a request that got no HTTP answer, as opposed to one they refused to build. */
const networkErrorMessages = /^(Failed to fetch|NetworkError when attempting to fetch resource\.|Load failed|Network request failed)$/;

/**
 * Sends the prepared request straight from the browser with ky: no proxy, no retries, the body
 * text byte for byte. The user's timeout covers the whole exchange, body included (ky's own
 * timeout stops at the headers, so a body that stalls after them would wait forever). Redirects
 * are not followed (a redirect could carry the token elsewhere); they are reported. Every
 * ending is an outcome; the one rethrow below is of ky's HTTPError, which `throwHttpErrors: false`
 * rules out.
 */
export async function sendRequest(request: PreparedRequest, options: SendOptions): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const exchange = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    exchange.abort(new DOMException("The send timed out.", "TimeoutError"));
  }, options.timeoutMs);
  const cancel = () => exchange.abort(options.signal.reason);
  if (options.signal.aborted) cancel();
  else options.signal.addEventListener("abort", cancel, { once: true });
  let status: number | undefined;
  try {
    const response = await ky(request.url, {
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: request.body,
      retry: 0,
      timeout: false,
      throwHttpErrors: false,
      redirect: "manual",
      signal: exchange.signal,
      ...(options.targetKind === "sandbox" ? { fetch: sandboxFetch(options.sandboxBehaviour) } : {}),
    });
    if (response.type === "opaqueredirect") return failure(request, options, { redirected: true }, elapsed());
    status = response.status;
    const body = await response.blob();
    const headers: [string, string][] = [];
    response.headers.forEach((value, name) => headers.push([name, value]));
    return { kind: "response", status: response.status, headers, body, durationMs: elapsed() };
  } catch (error) {
    if (error instanceof HTTPError) throw error; // cannot happen with throwHttpErrors: false
    const aborted = exchange.signal.aborted;
    const refusal = !aborted && error instanceof TypeError && !networkErrorMessages.test(error.message) ? error.message : undefined;
    const probe = aborted || refusal !== undefined || status !== undefined || options.targetKind === "sandbox" ? "not-run" : await probeReachable(request.url);
    return failure(
      request,
      options,
      {
        probe,
        aborted,
        timedOut,
        ...(status === undefined ? {} : { statusBeforeStall: status }),
        ...(refusal === undefined ? {} : { browserRefusal: refusal }),
      },
      elapsed(),
    );
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener("abort", cancel);
  }
}

function failure(
  request: PreparedRequest,
  options: SendOptions,
  facts: Partial<NetworkFailureInput>,
  durationMs: number,
): SendOutcome {
  const explained = explainNetworkFailure({
    url: request.url,
    pageProtocol: location.protocol,
    online: navigator.onLine,
    probe: "not-run",
    aborted: false,
    timedOut: false,
    timeoutMs: options.timeoutMs,
    ...facts,
  });
  return { kind: "failure", failure: explained, durationMs };
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
