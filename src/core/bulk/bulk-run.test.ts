import { describe, expect, it } from "vitest";
import { backoffMs, createRun, markAnswered, markSending, nextStep, paceWindowMs, progress, retryFailed, reviveRun } from "./bulk-run";

const settings = { perSecond: 4, bucketSize: 40, stopOnFailure: false, maxRetries: 2 };

describe("bulk run state", () => {
  it("spaces starts evenly and allows at most perSecond in a window", () => {
    let run = createRun(6, settings, 0);
    const starts: number[] = [];
    for (let now = 0; starts.length < 6; now += 1) {
      const step = nextStep(run, now);
      if (step.kind === "send") {
        starts.push(now);
        run = markSending(run, step.index, now);
      }
    }
    const gaps = starts.slice(1).map((t, i) => t - (starts[i] ?? 0));
    expect(gaps.every((gap) => gap >= paceWindowMs / 4 && gap <= paceWindowMs / 4 + 1)).toBe(true);
    expect(starts[4]! - starts[0]!).toBeGreaterThanOrEqual(paceWindowMs);
  });

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
