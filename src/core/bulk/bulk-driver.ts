import { cancel, markAnswered, markLeft, markSending, nextStep, pause, resume, retryFailed, type Answer, type RunState } from "./bulk-run";

/** What the driver needs from the outside world; tests pass fake timers. */
export interface DriverIo {
  now(): number;
  /** Calls `fn` after `ms`; returns a function that cancels it. */
  setTimer(fn: () => void, ms: number): () => void;
  /**
   * Sends request `index`; never throws (every ending is an Answer). Calls `left` when the
   * request goes out: at once when its state is already stored, else after that write.
   */
  send(index: number, signal: AbortSignal, left: () => void): Promise<Answer>;
}

export interface BulkDriver {
  readonly run: () => RunState;
  pause(): void;
  resume(): void;
  /** Stops starting sends and aborts those in flight (they become "unknown"). */
  cancel(): void;
  retryFailed(includeUnknown: boolean): void;
}

/**
 * Runs a bulk run: asks the pure state what to do, sleeps until it may, starts sends without
 * awaiting them (several may be in flight, as the bucket allows) and feeds answers back.
 * `onChange` sees every new state (the UI shows it, the store saves it).
 */
export function startDriver(initial: RunState, io: DriverIo, onChange: (run: RunState) => void): BulkDriver {
  let run = initial;
  let looping = false;
  let wake: (() => void) | undefined;
  const inFlight = new Map<number, AbortController>();
  /** Resolves when the latest launched request has left: the next waits for it, so sends never bunch. */
  let leaving: Promise<void> = Promise.resolve();

  const set = (next: RunState) => {
    if (next === run) return;
    run = next;
    onChange(run);
  };
  const poke = () => {
    if (wake) wake();
    else if (!looping) void loop();
  };

  function launch(index: number): void {
    const controller = new AbortController();
    inFlight.set(index, controller);
    set(markSending(run, index, io.now()));
    let resolveLeft = () => {};
    leaving = new Promise<void>((resolve) => (resolveLeft = resolve));
    const left = () => {
      set(markLeft(run, index, io.now()));
      resolveLeft();
    };
    void io.send(index, controller.signal, left).then((answer) => {
      resolveLeft();
      inFlight.delete(index);
      set(markAnswered(run, index, answer, io.now()));
      poke();
    });
  }

  async function loop(): Promise<void> {
    looping = true;
    for (;;) {
      const step = nextStep(run, io.now());
      if (step.kind === "stop") break;
      if (step.kind === "send") {
        launch(step.index);
        await leaving;
        continue;
      }
      let cancelTimer = () => {};
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (step.kind === "wait") cancelTimer = io.setTimer(resolve, Math.max(0, step.until - io.now()));
      });
      wake = undefined;
      cancelTimer();
    }
    looping = false;
  }

  void loop();
  return {
    run: () => run,
    pause: () => (set(pause(run, io.now())), poke()),
    resume: () => (set(resume(run, io.now())), poke()),
    cancel: () => {
      set(cancel(run, io.now()));
      for (const controller of inFlight.values()) controller.abort();
      poke();
    },
    retryFailed: (includeUnknown) => (set(retryFailed(run, includeUnknown, io.now())), poke()),
  };
}
