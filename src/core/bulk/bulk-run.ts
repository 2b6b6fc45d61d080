/**
 * A bulk run as pure state: which requests are done, which wait, and when the next may start.
 * The driver (bulk-driver.ts) asks `nextStep` what to do at a given time and reports answers
 * back; the clock is always a parameter, so pacing is tested with a fixed one.
 *
 * Pacing follows SHOPLINE's documented flow control (a leaky bucket of 40 draining at 4/s):
 * - a fixed schedule: send k (counted from the anchor) is due at anchor + k × interval, so a
 *   send that went late (a late timer, a busy main thread) does not push back the ones after
 *   it: they go as soon as they are due and the run catches up;
 * - a hard window: never more than ⌈perSecond⌉ starts in any second at the server. Send k waits
 *   until 1,000 ms after the moment send k − ⌈perSecond⌉ reached the server at the latest: its
 *   answer (the server had it before it answered), or, while that is still out, its start plus
 *   a margin of `windowMarginMs` and the spread of recent answer times (how much a request's way
 *   to the server varies: a few ms on an idle machine, hundreds on a loaded one, where the answer
 *   is then waited for; a far server with steady answers costs only the margin). Until two
 *   answers have come (the first request also waits for its CORS preflight) it waits for the answer;
 * - never more requests in flight than the bucket holds.
 * A 429 holds the whole run and retries the same request; a 503 retries it with exponential
 * backoff (as SHOPLINE's SDK does); any other answer is final. The schedule is anchored afresh
 * when the run resumes and when a 429's hold ends.
 */

import { maxOf, minOf } from "../arrays/min-max";

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
  /** Recent sends, oldest first (the last ⌈perSecond⌉): what the window counts from. */
  readonly starts: readonly SendMark[];
  /** Answer times (start → answer, ms) of the last few answered sends: how much the way to the server varies. */
  readonly latencies: readonly number[];
  /** The schedule: when its first send went (undefined: the next send anchors it) and sends since. */
  readonly schedule: { readonly anchorAt: number | undefined; readonly sent: number };
  /** No send starts before this (after a 429). */
  readonly holdUntil: number;
  /** Time spent running, excluding pauses, up to `runningSince`. */
  readonly activeMs: number;
  readonly runningSince: number | undefined;
}

/** One send as the window sees it. */
export interface SendMark {
  readonly index: number;
  /** When it left (ms since the epoch). */
  readonly at: number;
  /** When it ended: its answer came (the server had it by then) or it failed; unset while in flight. */
  readonly answeredAt?: number | undefined;
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

/** The hard window: at most ⌈perSecond⌉ starts in any this many ms at the server. */
const windowMs = 1000;
/**
 * How much later than its start a send may reach the server when its answer does not prove
 * otherwise: room for network jitter and a loaded machine (CI's 2 cores at load 10). Only a send
 * whose answer is slower than this pays it; a quicker answer bounds the arrival exactly.
 */
export const windowMarginMs = 50;
/**
 * The schedule's own room above the window: on time, with answers quicker than this, the window
 * never holds a send back (at most 1000 / 1005 of the rate set, 0.995), and a send late by a
 * few ms (a timer behind a keystroke) does not hold back the one a window later.
 */
const scheduleMarginMs = 5;
const default429WaitMs = 1000;
const max429Retries = 30;

/** Starts allowed in any window: 4 at 4/s, 1 at 0.5/s (one every 2 s). */
function startsPerWindow(perSecond: number): number {
  return Math.max(1, Math.ceil(perSecond - 1e-9));
}

/** The schedule's spacing: the rate set, a little slower where the window would otherwise hold sends back. */
export function scheduleIntervalMs(perSecond: number): number {
  return Math.max(1000 / perSecond, (windowMs + scheduleMarginMs) / startsPerWindow(perSecond));
}

export function createRun(requestCount: number, settings: RunSettings, now: number): RunState {
  return {
    settings,
    requests: Array.from({ length: requestCount }, () => ({ status: "pending", retries: 0 }) as const),
    phase: "running",
    starts: [],
    latencies: [],
    schedule: { anchorAt: undefined, sent: 0 },
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
  if (earliest === Infinity) return { kind: "wait-for-answer" };
  return earliest > now ? { kind: "wait", until: earliest } : { kind: "send", index };
}

function earliestStart(run: RunState): number {
  const { anchorAt, sent } = run.schedule;
  const due = anchorAt === undefined ? 0 : anchorAt + sent * scheduleIntervalMs(run.settings.perSecond);
  return Math.max(run.holdUntil, due, windowOpensAt(run));
}

/** When the window lets the next send start: 1,000 ms after send k − ⌈perSecond⌉ reached the server at the latest. */
function windowOpensAt(run: RunState): number {
  const perWindow = startsPerWindow(run.settings.perSecond);
  if (run.starts.length < perWindow) return 0;
  const earlier = run.starts[run.starts.length - perWindow];
  if (earlier === undefined) return 0;
  const margin = run.latencies.length < 2 ? Infinity : windowMarginMs + spread(run.latencies);
  // Infinity while that request is out and nothing yet says how long its way may take: wait for its answer.
  return Math.min(earlier.answeredAt ?? Infinity, earlier.at + margin) + windowMs;
}

/** Answer times kept to judge how much the way to the server varies. */
const latenciesKept = 8;

function spread(latencies: readonly number[]): number {
  return latencies.length < 2 ? 0 : maxOf(latencies) - minOf(latencies);
}

function withRequest(run: RunState, index: number, change: (r: RequestState) => RequestState): RunState["requests"] {
  const requests = run.requests.slice();
  const current = requests[index];
  if (current !== undefined) requests[index] = change(current);
  return requests;
}

export function markSending(run: RunState, index: number, now: number): RunState {
  const starts = [...run.starts, { index, at: now }].slice(-startsPerWindow(run.settings.perSecond));
  const { anchorAt, sent } = run.schedule;
  const schedule = anchorAt === undefined ? { anchorAt: now, sent: 1 } : { anchorAt, sent: sent + 1 };
  return { ...run, starts, schedule, requests: withRequest(run, index, (r) => ({ ...r, status: "sending", retryAt: undefined })) };
}

/** Request `index` really left at `now` (it first waited, e.g. for its state to be stored): the window counts from here. */
export function markLeft(run: RunState, index: number, now: number): RunState {
  const at = run.starts.findLastIndex((s) => s.index === index);
  const mark = run.starts[at];
  if (mark === undefined || mark.at === now) return run;
  const starts = run.starts.slice();
  starts[at] = { ...mark, at: Math.max(mark.at, now) };
  return { ...run, starts };
}

/** The latest send of `index` ended at `now` (answered: the server had had it; or failed). */
function withAnswerTime(starts: readonly SendMark[], index: number, now: number): readonly SendMark[] {
  const at = starts.findLastIndex((s) => s.index === index);
  const mark = starts[at];
  if (mark === undefined || mark.answeredAt !== undefined) return starts;
  const next = starts.slice();
  next[at] = { ...mark, answeredAt: now };
  return next;
}

/**
 * The requests as stored while the run goes on. The request the driver will send next (the
 * first pending one) is stored ahead as "sending" — it may have left — so its send need not wait
 * for a write when its time comes, and a reload never takes a request that may have left for an
 * unsent one (it comes back "unknown"). `ahead` remembers what was written ahead (index → the
 * attempt, its `retries`) and is updated here: a mark stays in every later write until the
 * request is sent and answered, so a write that has finished with it is never undone by a later
 * one.
 */
export function requestsToStore(run: RunState, ahead: Map<number, number>): readonly RequestState[] {
  if (run.phase === "running") {
    const next = run.requests.findIndex((r) => r.status === "pending");
    const request = run.requests[next];
    if (request !== undefined) ahead.set(next, request.retries);
  }
  if (ahead.size === 0) return run.requests;
  return run.requests.map((r, i) => ((r.status === "pending" || r.status === "waiting") && ahead.get(i) === r.retries ? { ...r, status: "sending" } : r));
}

/** 503 backoff: 0.5 s, 1 s, 2 s, … capped at 16 s. */
export function backoffMs(retries: number): number {
  return Math.min(16_000, 500 * 2 ** retries);
}

export function markAnswered(previous: RunState, index: number, answer: Answer, now: number): RunState {
  const before = previous.requests[index];
  if (before === undefined) return previous;
  const sentAt = previous.starts.findLast((s) => s.index === index)?.at;
  const starts = withAnswerTime(previous.starts, index, now);
  const latencies = answer.kind === "response" && sentAt !== undefined ? [...previous.latencies, now - sentAt].slice(-latenciesKept) : previous.latencies;
  const run = { ...previous, starts, latencies };
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
    // The schedule starts again when the hold ends: the hold is not lateness to catch up.
    const holdUntil = Math.max(run.holdUntil, retryAt);
    return { ...run, requests, holdUntil, schedule: { anchorAt: holdUntil, sent: 0 } };
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
  // The next send anchors the schedule afresh: the pause is not lateness to catch up.
  return { ...run, phase: "running", runningSince: now, schedule: { anchorAt: undefined, sent: 0 } };
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
  return { ...run, requests, phase: "running", runningSince: run.runningSince ?? now, schedule: { anchorAt: undefined, sent: 0 } };
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
