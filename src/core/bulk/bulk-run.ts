/**
 * A bulk run as pure state: which requests are done, which wait, and when the next may start.
 * The driver (bulk-driver.ts) asks `nextStep` what to do at a given time and reports answers
 * back; the clock is always a parameter, so pacing is tested with a fixed one.
 *
 * Pacing follows SHOPLINE's documented flow control (a leaky bucket of 40 draining at 4/s):
 * starts are spaced evenly and never more than `perSecond` fall in any window of a second plus
 * a margin (network jitter can bunch arrivals a little), and never more requests are in flight
 * than the bucket holds. A 429 holds the whole run and retries the same request; a 503 retries
 * it with exponential backoff (as SHOPLINE's SDK does); any other answer is final.
 */

export type RequestStatus = "pending" | "sending" | "waiting" | "acknowledged" | "failed" | "unknown";

export interface RequestState {
  readonly status: RequestStatus;
  /** Sends after the first. */
  readonly retries: number;
  readonly httpStatus?: number | undefined;
  readonly successCount?: number | undefined;
  readonly traceId?: string | undefined;
  readonly durationMs?: number | undefined;
  /** When the last answer came (ms since the epoch). */
  readonly finishedAt?: number | undefined;
  /** For `waiting`: when it may be sent again. */
  readonly retryAt?: number | undefined;
  /** Why it failed or is unknown, in words. */
  readonly note?: string | undefined;
}

export interface RunSettings {
  readonly perSecond: number;
  readonly bucketSize: number;
  /** Stop the run at the first request that fails for good (else mark it and go on). */
  readonly stopOnFailure: boolean;
  /** 503 answers retried at most this many times per request. */
  readonly maxRetries: number;
}

export type RunPhase = "running" | "paused" | "stopped" | "cancelled" | "finished";

export interface RunState {
  readonly settings: RunSettings;
  readonly requests: readonly RequestState[];
  readonly phase: RunPhase;
  /** Start times of recent sends, oldest first (at most `perSecond` kept). */
  readonly starts: readonly number[];
  /** No send starts before this (after a 429). */
  readonly holdUntil: number;
  /** Time spent running, excluding pauses, up to `runningSince`. */
  readonly activeMs: number;
  readonly runningSince: number | undefined;
}

export type Answer =
  | { readonly kind: "response"; readonly status: number; readonly successCount?: number | undefined; readonly traceId?: string | undefined; readonly durationMs: number; readonly retryAfterMs?: number | undefined }
  /** No answer: cut off, timed out, cancelled, refused by the browser. The server may have processed it. */
  | { readonly kind: "no-answer"; readonly reason: string; readonly durationMs: number };

export type Step =
  | { readonly kind: "send"; readonly index: number }
  | { readonly kind: "wait"; readonly until: number }
  | { readonly kind: "wait-for-answer" }
  | { readonly kind: "stop" };

/** The window in which at most `perSecond` sends start: a second plus room for network jitter. */
export const paceWindowMs = 1050;
const default429WaitMs = 1000;
const max429Retries = 30;

export function createRun(requestCount: number, settings: RunSettings, now: number): RunState {
  return {
    settings,
    requests: Array.from({ length: requestCount }, () => ({ status: "pending", retries: 0 }) as const),
    phase: "running",
    starts: [],
    holdUntil: 0,
    activeMs: 0,
    runningSince: now,
  };
}

/** A stored run picked up again: what was in flight when the page went away is unknown. */
export function reviveRun(requests: readonly RequestState[], settings: RunSettings, now: number): RunState {
  return {
    ...createRun(0, settings, now),
    phase: "paused",
    runningSince: undefined,
    requests: requests.map((r) => (r.status === "sending" ? { ...r, status: "unknown", note: "cut off by a reload — may have been processed" } : r.status === "waiting" ? { ...r, status: "pending", retryAt: undefined } : r)),
  };
}

const terminal = new Set<RequestStatus>(["acknowledged", "failed", "unknown"]);

/** What to do at `now`. */
export function nextStep(run: RunState, now: number): Step {
  const sending = run.requests.filter((r) => r.status === "sending").length;
  if (run.phase !== "running") return sending > 0 ? { kind: "wait-for-answer" } : { kind: "stop" };
  if (sending >= run.settings.bucketSize) return { kind: "wait-for-answer" };
  let index = -1;
  let soonestRetry = Infinity;
  for (let i = 0; i < run.requests.length; i++) {
    const r = run.requests[i];
    if (r === undefined) continue;
    if (r.status === "pending" || (r.status === "waiting" && (r.retryAt ?? 0) <= now)) {
      index = i;
      break;
    }
    if (r.status === "waiting") soonestRetry = Math.min(soonestRetry, r.retryAt ?? now);
  }
  if (index === -1) {
    if (soonestRetry < Infinity) return { kind: "wait", until: soonestRetry };
    return sending > 0 ? { kind: "wait-for-answer" } : { kind: "stop" };
  }
  const earliest = earliestStart(run);
  return earliest > now ? { kind: "wait", until: earliest } : { kind: "send", index };
}

function earliestStart(run: RunState): number {
  const { perSecond } = run.settings;
  const last = run.starts.at(-1);
  const spacing = last === undefined ? 0 : last + paceWindowMs / perSecond;
  const windowStart = run.starts.length >= perSecond ? (run.starts[run.starts.length - perSecond] ?? 0) + paceWindowMs : 0;
  return Math.max(run.holdUntil, spacing, windowStart);
}

function withRequest(run: RunState, index: number, change: (r: RequestState) => RequestState): RunState["requests"] {
  const requests = run.requests.slice();
  const current = requests[index];
  if (current !== undefined) requests[index] = change(current);
  return requests;
}

export function markSending(run: RunState, index: number, now: number): RunState {
  const starts = [...run.starts, now].slice(-Math.max(1, run.settings.perSecond));
  return { ...run, starts, requests: withRequest(run, index, (r) => ({ ...r, status: "sending", retryAt: undefined })) };
}

/** The request really left at `now` (after any wait before it): pacing counts from here. */
export function markLeft(run: RunState, now: number): RunState {
  const starts = run.starts.slice();
  starts[starts.length - 1] = now;
  return { ...run, starts };
}

/** 503 backoff: 0.5 s, 1 s, 2 s, … capped at 16 s. */
export function backoffMs(retries: number): number {
  return Math.min(16_000, 500 * 2 ** retries);
}

export function markAnswered(run: RunState, index: number, answer: Answer, now: number): RunState {
  const before = run.requests[index];
  if (before === undefined) return run;
  const base = { ...before, durationMs: answer.durationMs, finishedAt: now };
  if (answer.kind === "no-answer") {
    const requests = withRequest(run, index, () => ({ ...base, status: "unknown", httpStatus: undefined, note: `${answer.reason} — may have been processed` }));
    return settle({ ...run, requests }, run.settings.stopOnFailure && run.phase === "running", now);
  }
  const answered = { ...base, httpStatus: answer.status, traceId: answer.traceId, successCount: answer.successCount };
  if (answer.status === 200) {
    return settle({ ...run, requests: withRequest(run, index, () => ({ ...answered, status: "acknowledged", note: undefined })) }, false, now);
  }
  if (answer.status === 429 && before.retries < max429Retries) {
    const retryAt = now + (answer.retryAfterMs ?? default429WaitMs);
    const requests = withRequest(run, index, () => ({ ...answered, status: "waiting", retryAt, retries: before.retries + 1 }));
    return { ...run, requests, holdUntil: Math.max(run.holdUntil, retryAt) };
  }
  if (answer.status === 503 && before.retries < run.settings.maxRetries) {
    const retryAt = now + backoffMs(before.retries);
    return { ...run, requests: withRequest(run, index, () => ({ ...answered, status: "waiting", retryAt, retries: before.retries + 1 })) };
  }
  const requests = withRequest(run, index, () => ({ ...answered, status: "failed" }));
  return settle({ ...run, requests }, run.settings.stopOnFailure && run.phase === "running", now);
}

/** After a final answer: stop when asked to, finish when nothing is left. */
function settle(run: RunState, stop: boolean, now: number): RunState {
  if (stop) return leave(run, "stopped", now);
  if (run.phase === "running" && run.requests.every((r) => terminal.has(r.status))) return leave(run, "finished", now);
  return run;
}

function leave(run: RunState, phase: RunPhase, now: number): RunState {
  const activeMs = run.activeMs + (run.runningSince === undefined ? 0 : Math.max(0, now - run.runningSince));
  return { ...run, phase, activeMs, runningSince: undefined };
}

export function pause(run: RunState, now: number): RunState {
  return run.phase === "running" ? leave(run, "paused", now) : run;
}

export function resume(run: RunState, now: number): RunState {
  if (run.phase !== "paused" && run.phase !== "stopped") return run;
  return { ...run, phase: "running", runningSince: now };
}

/** Nothing more starts; the driver aborts what is in flight, which then becomes unknown. */
export function cancel(run: RunState, now: number): RunState {
  return run.phase === "finished" || run.phase === "cancelled" ? run : leave(run, "cancelled", now);
}

/**
 * Sends failed requests again; unknown ones (may have been processed) only when the person
 * agreed to. Acknowledged requests are never sent again.
 */
export function retryFailed(run: RunState, includeUnknown: boolean, now: number): RunState {
  const again = (r: RequestState) => r.status === "failed" || (includeUnknown && r.status === "unknown");
  if (!run.requests.some(again)) return run;
  const requests = run.requests.map((r) => (again(r) ? { ...r, status: "pending" as const, retries: r.retries + 1 } : r));
  return { ...run, requests, phase: "running", runningSince: run.runningSince ?? now };
}

interface RunProgress {
  readonly total: number;
  /** Requests with a final outcome. */
  readonly done: number;
  readonly acknowledged: number;
  readonly failed: number;
  readonly unknown: number;
  /** Sum of the answers' success counts. */
  readonly itemsAcknowledged: number;
  readonly elapsedMs: number;
  /** Requests per second over the run so far. */
  readonly rate: number;
  readonly etaMs: number | undefined;
}

export function progress(run: RunState, now: number): RunProgress {
  let done = 0;
  let acknowledged = 0;
  let failed = 0;
  let unknown = 0;
  let itemsAcknowledged = 0;
  for (const r of run.requests) {
    if (terminal.has(r.status)) done++;
    if (r.status === "acknowledged") {
      acknowledged++;
      itemsAcknowledged += r.successCount ?? 0;
    } else if (r.status === "failed") failed++;
    else if (r.status === "unknown") unknown++;
  }
  const elapsedMs = run.activeMs + (run.runningSince === undefined ? 0 : Math.max(0, now - run.runningSince));
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const remaining = run.requests.length - done;
  const etaMs = remaining === 0 ? 0 : rate > 0 ? (remaining / rate) * 1000 : undefined;
  return { total: run.requests.length, done, acknowledged, failed, unknown, itemsAcknowledged, elapsedMs, rate, etaMs };
}
