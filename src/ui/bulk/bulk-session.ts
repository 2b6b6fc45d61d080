import { createSignal, onCleanup, type Accessor } from "solid-js";
import { endpoint } from "../../endpoint/descriptor";
import { runFingerprint, splitIntoBatches, type Batch } from "../../core/bulk/batches";
import { startDriver, type BulkDriver } from "../../core/bulk/bulk-driver";
import { createRun, requestsToStore, reviveRun, type RunSettings, type RunState } from "../../core/bulk/bulk-run";
import { indexItems } from "../../core/body/items-index";
import { buildRequest } from "../../core/request/build-request";
import { sendBulkRequest } from "../../services/bulk-send";
import { clearStoredRun, createRunSaver, isUnfinishedRun, loadStoredRun, type StoredRun } from "../../services/bulk-store";
import type { AppState } from "../state/app-state";

/** SHOPLINE documents no item cap for this endpoint; its sibling bulk endpoint documents 100. */
export const defaultItemsPerRequest = 100;
/** 503 retries per request before it counts as failed. */
const maxRetries = 5;

/** A stored run found at start-up, and whether it still describes the body. */
export interface InterruptedRun {
  readonly stored: StoredRun;
  readonly bodyMatches: boolean;
}

export interface BulkSession {
  readonly itemsPerRequest: Accessor<number>;
  setItemsPerRequest(n: number): void;
  readonly perSecond: Accessor<number>;
  setPerSecond(n: number): void;
  readonly stopOnFailure: Accessor<boolean>;
  setStopOnFailure(stop: boolean): void;
  /** The run as last shown: updated once per animation frame at most (the driver's is newer). */
  readonly run: Accessor<RunState | undefined>;
  readonly batches: Accessor<readonly Batch[]>;
  readonly interrupted: Accessor<InterruptedRun | undefined>;
  /** Why Send all cannot start, in words. */
  readonly problem: Accessor<string | undefined>;
  /** A clock that ticks while a run is active (elapsed time, ETA). */
  readonly now: Accessor<number>;
  sendAll(): void;
  pause(): void;
  resume(): void;
  cancel(): void;
  retryFailed(includeUnknown: boolean): void;
  resumeInterrupted(): void;
  discardInterrupted(): void;
}

export function createBulkSession(state: AppState): BulkSession {
  const [itemsPerRequest, setItemsPerRequest] = createSignal(defaultItemsPerRequest);
  const [perSecond, setPerSecond] = createSignal<number>(endpoint.rateLimit.perSecond);
  const [stopOnFailure, setStopOnFailure] = createSignal(false);
  const [run, setRun] = createSignal<RunState>();
  const [batches, setBatches] = createSignal<readonly Batch[]>([]);
  const [interrupted, setInterrupted] = createSignal<InterruptedRun>();
  const [problem, setProblem] = createSignal<string>();
  const [now, setNow] = createSignal(Date.now());
  let driver: BulkDriver | undefined;
  let fingerprint = "";
  /** Each run's stored state carries its id, so a late write of an earlier run is never taken for this one's. */
  let runId = 0;
  /** Requests written ahead as "may have left" (see requestsToStore), for the current run. */
  let ahead = new Map<number, number>();
  /** The latest write that finished: what a reload would find. */
  let stored: { readonly runId: number; readonly requests: StoredRun["requests"] } | undefined;
  let lastSave: Promise<void> = Promise.resolve();
  const savedRunIds = new WeakMap<StoredRun, number>();
  // Writes finish in order: the last one heard is what the store holds.
  const saver = createRunSaver((written) => (stored = { runId: savedRunIds.get(written) ?? -1, requests: written.requests }));

  const ticker = setInterval(() => {
    const phase = run()?.phase;
    if (phase === "running" || phase === "paused") setNow(Date.now());
  }, 250);
  onCleanup(() => clearInterval(ticker));

  void loadStoredRun()
    .then((stored) => {
      if (!stored || !isUnfinishedRun(stored)) return;
      const bodyMatches = runFingerprint(state.body.text(), stored.itemsPerRequest) === stored.fingerprint;
      setInterrupted({ stored, bodyMatches });
      state.notices.notify(
        bodyMatches
          ? "A bulk run was interrupted: open the Bulk view to resume it."
          : "A bulk run was interrupted, but the body has changed since: open the Bulk view to start a fresh run.",
      );
    })
    .catch(() => undefined);

  const settings = (): RunSettings => ({ perSecond: perSecond(), bucketSize: endpoint.rateLimit.bucketSize, stopOnFailure: stopOnFailure(), maxRetries });

  // The page shows the run once per frame however many answers came in it: a 10,000-item run
  // costs the typing person a few DOM updates a second, never one per state change.
  let latest: RunState | undefined;
  let frame: number | undefined;
  const show = () => {
    frame = undefined;
    setRun(latest);
    setNow(Date.now());
  };
  onCleanup(() => {
    if (frame !== undefined) cancelAnimationFrame(frame);
  });

  const onChange = (next: RunState) => {
    latest = next;
    frame ??= requestAnimationFrame(show);
    const snapshot: StoredRun = { fingerprint, itemsPerRequest: itemsPerRequest(), perSecond: perSecond(), phase: next.phase, requests: requestsToStore(next, ahead), savedAt: Date.now() };
    savedRunIds.set(snapshot, runId);
    lastSave = saver.save(snapshot);
  };

  /** Whether the store already holds request `index`'s current attempt as "may have left" (a reload then never re-sends it unasked). */
  const storedAsLeft = (index: number): boolean => {
    const now = stored?.runId === runId ? stored.requests[index] : undefined;
    return now?.status === "sending" && now.retries === latest?.requests[index]?.retries;
  };

  /** The body's batches now (the editor's latest text), or a reason there are none. */
  function prepare(perRequest: number): readonly Batch[] | undefined {
    const text = state.body.current();
    const spans = indexItems(text);
    if (!spans || spans.length === 0) {
      setProblem("The body has no items to send: import rows or write items first.");
      return undefined;
    }
    const built = buildRequest({ target: state.target.settings(), token: state.target.token(), bodyText: "" });
    if (!built.ok) {
      setProblem(built.error);
      return undefined;
    }
    setProblem(undefined);
    fingerprint = runFingerprint(text, perRequest);
    const split = splitIntoBatches(text, spans, perRequest);
    setBatches(split);
    return split;
  }

  function drive(initial: RunState, split: readonly Batch[]): void {
    runId++;
    ahead = new Map();
    latest = initial;
    setRun(initial);
    driver = startDriver(
      initial,
      {
        now: Date.now,
        setTimer: (fn, ms) => {
          const timer = setTimeout(fn, ms);
          return () => clearTimeout(timer);
        },
        send: async (index, signal, left) => {
          // The request is stored as "sending" before it leaves: a reload then calls it unknown,
          // never unsent. Usually it was written ahead (requestsToStore) and goes at once; a retry
          // waits for its write (a few ms).
          if (!storedAsLeft(index)) await lastSave;
          const built = buildRequest({ target: state.target.settings(), token: state.target.token(), bodyText: split[index]?.body ?? "" });
          left();
          if (!built.ok) return { kind: "no-answer", reason: built.error, durationMs: 0 };
          return sendBulkRequest(built.request, state.target.settings().kind, signal);
        },
      },
      onChange,
    );
  }

  return {
    itemsPerRequest,
    setItemsPerRequest: (n) => setItemsPerRequest(Math.max(1, Math.floor(n) || 1)),
    perSecond,
    setPerSecond: (n) => setPerSecond(Math.max(0.1, n || endpoint.rateLimit.perSecond)),
    stopOnFailure,
    setStopOnFailure,
    run,
    batches,
    interrupted,
    problem,
    now,
    sendAll() {
      const current = latest?.phase;
      if (current === "running" || current === "paused") return;
      const split = prepare(itemsPerRequest());
      if (!split) return;
      setInterrupted(undefined);
      drive(createRun(split.length, settings(), Date.now()), split);
    },
    pause: () => driver?.pause(),
    resume: () => driver?.resume(),
    cancel: () => driver?.cancel(),
    retryFailed: (includeUnknown) => driver?.retryFailed(includeUnknown),
    resumeInterrupted() {
      const found = interrupted();
      if (!found?.bodyMatches) return;
      setItemsPerRequest(found.stored.itemsPerRequest);
      setPerSecond(found.stored.perSecond);
      const split = prepare(found.stored.itemsPerRequest);
      if (!split || split.length !== found.stored.requests.length) return;
      setInterrupted(undefined);
      drive(reviveRun(found.stored.requests, settings(), Date.now()), split);
      driver?.resume();
    },
    discardInterrupted() {
      setInterrupted(undefined);
      void clearStoredRun().catch(() => undefined);
    },
  };
}
