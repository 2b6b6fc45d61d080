import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRun, progress, type Answer, type RunState } from "./bulk-run";
import { startDriver, type DriverIo } from "./bulk-driver";

const settings = { perSecond: 4, bucketSize: 40, stopOnFailure: false, maxRetries: 5 };

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A server answering after `latencyMs`, its answers chosen by `answer(index, attempt)`. */
function fakeServer(answer: (index: number, attempt: number) => number, latencyMs = 100) {
  const starts: { index: number; at: number }[] = [];
  const io: DriverIo = {
    now: () => Date.now(),
    setTimer: (fn, ms) => {
      const t = setTimeout(fn, ms);
      return () => clearTimeout(t);
    },
    send: (index, signal, left) =>
      new Promise<Answer>((resolve) => {
        left();
        const attempt = starts.filter((s) => s.index === index).length;
        starts.push({ index, at: Date.now() });
        const timer = setTimeout(() => {
          const status = answer(index, attempt);
          resolve({ kind: "response", status, durationMs: latencyMs, traceId: `t${index}-${attempt}`, ...(status === 200 ? { successCount: 100 } : {}) });
        }, latencyMs);
        signal.addEventListener("abort", () => (clearTimeout(timer), resolve({ kind: "no-answer", reason: "cancelled", durationMs: 0 })));
      }),
  };
  return { io, starts };
}

function maxInAnySecond(times: readonly number[]): number {
  let max = 0;
  for (const [i, t] of times.entries()) max = Math.max(max, times.filter((u, j) => j >= i && u < t + 1000).length);
  return max;
}

async function runToEnd(initial: RunState, io: DriverIo) {
  const states: RunState[] = [];
  const driver = startDriver(initial, io, (run) => states.push(run));
  await vi.advanceTimersByTimeAsync(600_000);
  return { driver, states };
}

describe("bulk driver with a fixed clock", () => {
  it("sends 20 requests at most 4 in any second, each once, in order", async () => {
    const server = fakeServer(() => 200);
    const { driver } = await runToEnd(createRun(20, settings, Date.now()), server.io);
    expect(server.starts.map((s) => s.index)).toEqual([...Array(20).keys()]);
    expect(maxInAnySecond(server.starts.map((s) => s.at))).toBe(4);
    expect(driver.run().phase).toBe("finished");
    const p = progress(driver.run(), Date.now());
    expect(p).toMatchObject({ done: 20, acknowledged: 20, itemsAcknowledged: 2000 });
    // 20 requests at the paced rate: about 5 s, within the 5 % throughput goal.
    expect(p.elapsedMs).toBeLessThan(20_000 / 4 * 1.06);
  });

  it("never has more in flight than the bucket, even when answers are slow", async () => {
    const server = fakeServer(() => 200, 30_000);
    let maxSending = 0;
    startDriver(createRun(60, { ...settings, perSecond: 100 }, Date.now()), server.io, (run) => {
      maxSending = Math.max(maxSending, run.requests.filter((r) => r.status === "sending").length);
    });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(maxSending).toBe(40);
    expect(server.starts).toHaveLength(60);
  });

  it("a 429 holds the run and retries the same request", async () => {
    const server = fakeServer((index, attempt) => (index === 2 && attempt === 0 ? 429 : 200));
    const { driver } = await runToEnd(createRun(5, settings, Date.now()), server.io);
    // Request 3 was due before the 429's wait ended: the retry of 2 goes first.
    expect(server.starts.map((s) => s.index)).toEqual([0, 1, 2, 2, 3, 4]);
    const retried = server.starts.filter((s) => s.index === 2);
    expect((retried[1]?.at ?? 0) - (retried[0]?.at ?? 0)).toBeGreaterThanOrEqual(1000 + 100);
    expect(driver.run().requests[2]).toMatchObject({ status: "acknowledged", retries: 1 });
  });

  it("a 503 retries with growing backoff, then succeeds", async () => {
    const server = fakeServer((index, attempt) => (index === 0 && attempt < 3 ? 503 : 200));
    const { driver } = await runToEnd(createRun(1, settings, Date.now()), server.io);
    const gaps = server.starts.slice(1).map((s, i) => s.at - (server.starts[i]?.at ?? 0));
    expect(gaps).toEqual([600, 1100, 2100]); // 100 ms answer + 0.5 s, 1 s, 2 s
    expect(driver.run().requests[0]).toMatchObject({ status: "acknowledged", retries: 3 });
  });

  it("other failures are marked and the run goes on, or stops when asked", async () => {
    const goOn = fakeServer((index) => (index === 1 ? 422 : 200));
    const a = await runToEnd(createRun(3, settings, Date.now()), goOn.io);
    expect(a.driver.run().requests.map((r) => r.status)).toEqual(["acknowledged", "failed", "acknowledged"]);
    const stop = fakeServer((index) => (index === 0 ? 401 : 200));
    const b = await runToEnd(createRun(3, { ...settings, stopOnFailure: true }, Date.now()), stop.io);
    expect(b.driver.run().phase).toBe("stopped");
    expect(b.driver.run().requests.map((r) => r.status)).toEqual(["failed", "pending", "pending"]);
  });

  it("pause stops new sends, resume goes on, cancel makes in-flight requests unknown", async () => {
    const server = fakeServer(() => 200, 2000);
    const driver = startDriver(createRun(10, settings, Date.now()), server.io, () => {});
    await vi.advanceTimersByTimeAsync(300);
    driver.pause();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.starts).toHaveLength(2);
    driver.resume();
    await vi.advanceTimersByTimeAsync(100);
    expect(server.starts).toHaveLength(3);
    driver.cancel();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.starts).toHaveLength(3);
    expect(driver.run().requests.slice(0, 4).map((r) => r.status)).toEqual(["acknowledged", "acknowledged", "unknown", "pending"]);
    expect(driver.run().requests[2]?.note).toBe("cancelled — may have been processed");
  });

  it("Retry failed re-sends failed requests, unknown ones only when agreed, acknowledged never", async () => {
    const server = fakeServer((index, attempt) => (index === 1 && attempt === 0 ? 500 : 200));
    const { driver } = await runToEnd(createRun(3, settings, Date.now()), server.io);
    driver.retryFailed(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.starts.map((s) => s.index)).toEqual([0, 1, 2, 1]);
    expect(driver.run().phase).toBe("finished");
  });
});

describe("bulk driver pacing when a send waits before it leaves", () => {
  it("spaces the departures, not the launches (a slow state save cannot bunch requests)", async () => {
    vi.useFakeTimers({ now: 0 });
    const departures: number[] = [];
    const io: DriverIo = {
      now: () => Date.now(),
      setTimer: (fn, ms) => {
        const t = setTimeout(fn, ms);
        return () => clearTimeout(t);
      },
      send: (index, _signal, left) =>
        new Promise<Answer>((resolve) => {
          // Every other request waits 700 ms before it leaves (as a stalled IndexedDB write would).
          setTimeout(() => {
            left();
            departures.push(Date.now());
            setTimeout(() => resolve({ kind: "response", status: 200, successCount: 1, durationMs: 50 }), 50);
          }, index % 2 === 0 ? 700 : 0);
        }),
    };
    startDriver(createRun(12, settings, 0), io, () => {});
    await vi.advanceTimersByTimeAsync(60_000);
    expect(departures).toHaveLength(12);
    expect(maxInAnySecond(departures)).toBeLessThanOrEqual(4);
  });
});
