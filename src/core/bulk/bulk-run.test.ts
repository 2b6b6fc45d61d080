import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { backoffMs, createRun, markAnswered, markLeft, markSending, nextStep, pause, progress, requestsToStore, resume, retryFailed, reviveRun, scheduleIntervalMs, windowMarginMs, type RunState } from "./bulk-run";

const settings = { perSecond: 4, bucketSize: 40, stopOnFailure: false, maxRetries: 2 };
const interval = scheduleIntervalMs(4);

interface Sent {
  readonly index: number;
  readonly at: number;
  readonly answeredAt: number;
}

/**
 * The driver's loop on a fixed clock: every wait for a time ends `lateness(n)` ms late (a timer
 * behind a busy main thread; n counts the sends so far), request k is answered 200 after
 * `latency(k)` ms, and an answer wakes the loop at once (as the driver's answers do).
 */
function simulate(count: number, lateness: (sends: number) => number, latency: (index: number) => number, perSecond = 4) {
  let run: RunState = createRun(count, { ...settings, perSecond }, 0);
  let now = 0;
  const sent: Sent[] = [];
  /** For each send: when the schedule and the window allowed it, and how late the loop woke for it. */
  const allowed: { until: number; late: number }[] = [];
  let waitedFor: { until: number; late: number } | undefined;
  const inFlight: { index: number; at: number }[] = [];
  for (let guard = 0; guard < 100_000; guard++) {
    const step = nextStep(run, now);
    if (step.kind === "stop") break;
    if (step.kind === "send") {
      run = markSending(run, step.index, now);
      const answerAt = now + latency(step.index);
      sent.push({ index: step.index, at: now, answeredAt: answerAt });
      // The wait it went after (an answer may have woken the loop first, once the wait's time had come).
      allowed.push(waitedFor !== undefined && waitedFor.until <= now ? waitedFor : { until: now, late: 0 });
      waitedFor = undefined;
      inFlight.push({ index: step.index, at: answerAt });
      continue;
    }
    const late = step.kind === "wait" ? lateness(sent.length) : 0;
    const wake = step.kind === "wait" ? step.until + late : Infinity;
    waitedFor = step.kind === "wait" ? { until: step.until, late } : undefined;
    inFlight.sort((a, b) => a.at - b.at);
    const answer = inFlight[0];
    if (answer !== undefined && answer.at <= wake) {
      inFlight.shift();
      now = Math.max(now, answer.at);
      run = markAnswered(run, answer.index, { kind: "response", status: 200, successCount: 1, durationMs: 1 }, now);
    } else {
      now = wake;
    }
  }
  return { run, sent, allowed };
}

const maxStartsInAnySecond = (times: readonly number[]) => Math.max(0, ...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length));

describe("bulk run pacing (fixed clock)", () => {
  const latenessArb = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3000 })), { minLength: 1, maxLength: 60 });
  const latencyArb = fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3000 })), { minLength: 1, maxLength: 60 });

  it("never starts more than ⌈perSecond⌉ in any 1,000 ms, whatever the lateness and latencies", () => {
    fc.assert(
      fc.property(latenessArb, latencyArb, fc.constantFrom(4, 2.5, 1, 0.5, 10), (late, lat, perSecond) => {
        const { sent } = simulate(30, (n) => late[n % late.length] ?? 0, (i) => lat[i % lat.length] ?? 0, perSecond);
        expect(sent).toHaveLength(30);
        expect(maxStartsInAnySecond(sent.map((s) => s.at))).toBeLessThanOrEqual(Math.ceil(perSecond));
      }),
    );
  });

  it("the server sees at most 4 in any second: send k starts 1,000 ms after send k − 4 can have arrived at the latest", () => {
    fc.assert(
      fc.property(latenessArb, latencyArb, (late, lat) => {
        const { sent } = simulate(30, (n) => late[n % late.length] ?? 0, (i) => lat[i % lat.length] ?? 0);
        // A request reaches the server after it starts and before it is answered; without a quick
        // answer the window assumes it arrived within windowMarginMs of its start.
        const latestArrival = (s: Sent) => Math.min(s.answeredAt, s.at + windowMarginMs);
        for (let k = 4; k < sent.length; k++) expect(sent[k]!.at - latestArrival(sent[k - 4]!)).toBeGreaterThanOrEqual(1000);
      }),
    );
  });

  it("on time with quick answers, every send starts exactly on the schedule", () => {
    // Quick: within the schedule's 5 ms of room above the window (a local server answers so).
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 20 }), (lat) => {
        const { sent } = simulate(100, () => 0, (i) => lat[i % lat.length] ?? 0);
        sent.forEach((s, k) => expect(s.at).toBeCloseTo(k * interval, 6));
      }),
    );
    // 100 requests at 4/s: 99 intervals between the first and the last start, 0.995 of the rate or better.
    expect(1000 / 4 / interval).toBeGreaterThanOrEqual(0.995);
  });

  it("lateness is not carried over: each send goes when the schedule and the window allow, late only by its own wake-up", () => {
    fc.assert(
      fc.property(latenessArb, latencyArb, (late, lat) => {
        const { sent, allowed } = simulate(40, (n) => late[n % late.length] ?? 0, (i) => lat[i % lat.length] ?? 0);
        sent.forEach((s, k) => {
          const a = allowed[k]!;
          expect(s.at).toBeGreaterThanOrEqual(a.until);
          expect(s.at - a.until).toBeLessThanOrEqual(a.late);
          // What allowed it: its slot on the schedule, the window after send k − 4, or the send
          // before it (sends go in order) — never a wait of its own after the previous one.
          // The window opens 1,000 ms after send k − 4's answer at the latest, and no sooner
          // than its start + the margin, or its answer when that came first.
          const slot = k * interval;
          const previous = sent[k - 1]?.at ?? 0;
          const earlier = sent[k - 4];
          const windowOpensFrom = earlier === undefined ? 0 : Math.min(earlier.answeredAt, earlier.at + windowMarginMs) + 1000;
          const windowOpensBy = earlier === undefined ? 0 : earlier.answeredAt + 1000;
          expect(a.until).toBeGreaterThanOrEqual(Math.max(slot, previous, windowOpensFrom) - 1e-6);
          expect(a.until).toBeLessThanOrEqual(Math.max(slot, previous, windowOpensBy) + 1e-6);
        });
      }),
    );
  });

  it("a late send is caught up as fast as the window allows, and a short lateness entirely", () => {
    // 600 ms late at the 11th send: the next ones, already due, go at once (the window allows
    // 4 a second); from then on each window gains what the schedule leaves above the window and
    // the answers' 5 ms.
    const long = simulate(100, (n) => (n === 10 ? 600 : 0), () => 5);
    expect(long.sent[10]!.at).toBe(10 * interval + 600);
    expect(long.sent.slice(11, 13).map((s) => s.at)).toEqual([long.sent[10]!.at, long.sent[10]!.at]);
    const windowsAfter = Math.floor((99 - 10) / 4);
    expect(long.sent[99]!.at - 99 * interval).toBeLessThanOrEqual(600 - windowsAfter * (interval * 4 - 1000 - 5));
    // 80 ms late: back on the schedule well before the end.
    const short = simulate(100, (n) => (n === 10 ? 80 : 0), () => 5);
    expect(short.sent[99]!.at).toBeCloseTo(99 * interval, 6);
  });

  it("a pause and a 429 start the schedule afresh (their wait is not lateness to catch up)", () => {
    let run = markSending(createRun(10, settings, 0), 0, 0);
    run = markAnswered(run, 0, { kind: "response", status: 200, durationMs: 1 }, 5);
    run = resume(pause(run, 100), 10_000);
    expect(nextStep(run, 10_000)).toEqual({ kind: "send", index: 1 });
    run = markSending(run, 1, 10_000);
    expect(nextStep(run, 10_001)).toEqual({ kind: "wait", until: 10_000 + interval });
    run = markAnswered(run, 1, { kind: "response", status: 429, durationMs: 1, retryAfterMs: 2000 }, 10_010);
    expect(nextStep(run, 10_011)).toEqual({ kind: "wait", until: 12_010 });
    run = markSending(run, 1, 12_010);
    expect(nextStep(run, 12_011)).toEqual({ kind: "wait", until: 12_010 + interval });
  });

  it("while answers vary a lot (a loaded machine), the window waits for send k − 4's answer", () => {
    // Answers alternate 20 ms and 700 ms: the way to the server varies by hundreds of ms.
    const { sent } = simulate(40, () => 0, (i) => (i % 2 === 0 ? 20 : 700));
    for (let k = 12; k < sent.length; k++) expect(sent[k]!.at).toBeGreaterThanOrEqual(sent[k - 4]!.answeredAt + 1000);
  });

  it("the window counts from when a request that waited for its save really left", () => {
    let run = createRun(8, settings, 0);
    const ok = { kind: "response", status: 200, durationMs: 5 } as const;
    // Two quick answers: the way to the server is steady (margin 50 ms).
    run = markAnswered(markSending(run, 0, 0), 0, ok, 5);
    run = markAnswered(markSending(run, 1, interval), 1, ok, interval + 5);
    run = markLeft(markSending(run, 2, 2 * interval), 2, 700);
    run = markSending(markSending(run, 3, 3 * interval), 4, 4 * interval);
    run = markSending(run, 5, 5 * interval);
    expect(nextStep(run, 6 * interval)).toEqual({ kind: "wait", until: 700 + windowMarginMs + 1000 });
  });

  it("until two answers have come, the window waits for the answer of send k − 4 (the first one also waits for its preflight)", () => {
    let run = createRun(6, settings, 0);
    for (let k = 0; k < 4; k++) run = markSending(run, k, k * interval);
    expect(nextStep(run, 2000)).toEqual({ kind: "wait-for-answer" });
    run = markAnswered(run, 0, { kind: "response", status: 200, durationMs: 900 }, 900);
    expect(nextStep(run, 1000)).toEqual({ kind: "wait", until: 1900 });
  });
});

describe("requestsToStore (the write ahead)", () => {
  it("stores the next request as may-have-left while running, and keeps it so until it is answered", () => {
    const ahead = new Map<number, number>();
    let run = createRun(3, settings, 0);
    expect(requestsToStore(run, ahead).map((r) => r.status)).toEqual(["sending", "pending", "pending"]);
    run = markSending(run, 0, 0);
    expect(requestsToStore(run, ahead).map((r) => r.status)).toEqual(["sending", "sending", "pending"]);
    // Paused before request 1 left: it stays marked (a write already holds it so; a later one must not undo it).
    run = pause(run, 10);
    expect(requestsToStore(run, ahead).map((r) => r.status)).toEqual(["sending", "sending", "pending"]);
    run = resume(run, 20);
    run = markAnswered(markSending(run, 1, 20), 1, { kind: "response", status: 503, durationMs: 1 }, 30);
    // A 503 is an answer (not processed): waiting, no longer may-have-left; the next pending one is.
    expect(requestsToStore(run, ahead).map((r) => r.status)).toEqual(["sending", "waiting", "sending"]);
  });
});

describe("bulk run state", () => {
  it("a 503 beyond maxRetries fails for good", () => {
    let run = markSending(createRun(1, settings, 0), 0, 0);
    for (let i = 0; i < 2; i++) {
      run = markAnswered(run, 0, { kind: "response", status: 503, durationMs: 1 }, 0);
      expect(run.requests[0]).toMatchObject({ status: "waiting", retryAt: backoffMs(i) });
      run = markSending(run, 0, 0);
    }
    run = markAnswered(run, 0, { kind: "response", status: 503, durationMs: 1 }, 0);
    expect(run.requests[0]?.status).toBe("failed");
    expect(run.phase).toBe("finished");
  });

  it("uses the server's Retry-After on a 429", () => {
    const run = markAnswered(markSending(createRun(2, settings, 0), 0, 0), 0, { kind: "response", status: 429, durationMs: 1, retryAfterMs: 5000 }, 100);
    expect(nextStep(run, 200)).toEqual({ kind: "wait", until: 5100 });
  });

  it("after a reload, what was in flight is unknown and the run waits to be resumed", () => {
    const run = reviveRun([{ status: "acknowledged", retries: 0, successCount: 100 }, { status: "sending", retries: 0 }, { status: "waiting", retries: 1, retryAt: 5 }], settings, 0);
    expect(run.phase).toBe("paused");
    expect(run.requests.map((r) => r.status)).toEqual(["acknowledged", "unknown", "pending"]);
    expect(retryFailed(run, false, 0)).toBe(run);
    expect(retryFailed(run, true, 0).requests.map((r) => r.status)).toEqual(["acknowledged", "pending", "pending"]);
  });

  it("progress counts requests done, items acknowledged, rate and ETA", () => {
    let run = createRun(4, settings, 0);
    run = markAnswered(markSending(run, 0, 0), 0, { kind: "response", status: 200, successCount: 99, durationMs: 1 }, 1000);
    expect(progress(run, 2000)).toMatchObject({ total: 4, done: 1, itemsAcknowledged: 99, elapsedMs: 2000, rate: 0.5, etaMs: 6000 });
  });
});
