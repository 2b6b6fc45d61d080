import ValidationWorker from "./validation-worker?worker";
import type { FromValidationWorker, ShellCheck, ToValidationWorker } from "../core/validation/validation-protocol";
import { applyProblemsUpdate } from "../core/validation/problems-update";
import type { Problem } from "../core/validation/problem";
import { isLargeBody } from "../core/body/large-body";
import { afterNextPaint } from "./after-next-paint";

/**
 * A validation worker as the validation client takes it: the worker, and when the shell already
 * sent it a body (as version 0), that text and the answers that came before the client listened.
 */
export interface TakenValidationWorker {
  readonly worker: Worker;
  readonly early?: ShellCheck;
}

interface EarlyWorker {
  readonly worker: Worker;
  failed: boolean;
  readonly text: string | undefined;
  readonly answers: FromValidationWorker[];
  /** Called once at its first answer or failure (see whenShellCheckAnswered). */
  readonly onSettled: (() => void)[];
}

/**
 * The validation worker, started by src/shell/paint-shell.ts before the main chunk has loaded,
 * so the worker's script is fetched and its schema compiled while the app's larger chunk and
 * Monaco are still loading. Given the body the shell shows, it checks that body at once: the
 * answer is waiting when the app starts, instead of the check starting then.
 */
let early: EarlyWorker | undefined;

/**
 * `onShellAnswer` hears the worker's answer on `text` if it comes before the app takes the
 * worker over: the shell shows its count while the app is still loading.
 */
export function startValidationWorkerEarly(text?: string, onShellAnswer?: (problems: readonly Problem[]) => void): void {
  if (early) return;
  const worker = new ValidationWorker();
  const started: EarlyWorker = { worker, failed: false, text, answers: [], onSettled: [] };
  const settled = () => started.onSettled.splice(0).forEach((resolve) => resolve());
  // A load failure before the client listens would go unseen (and Send would wait forever):
  // such a worker is not handed over, so the client's own start reports the failure.
  worker.addEventListener(
    "error",
    () => {
      started.failed = true;
      settled();
    },
    { once: true },
  );
  worker.onmessage = (event: MessageEvent<FromValidationWorker>) => {
    const answer = event.data;
    // Version 0's first result is always a whole list (the worker had no earlier answer to patch).
    if (started.answers.length === 0 && answer.kind === "result" && answer.version === 0) onShellAnswer?.(applyProblemsUpdate([], answer.update));
    started.answers.push(answer);
    settled();
  };
  if (text !== undefined) worker.postMessage({ kind: "text", version: 0, text, nowMs: Date.now() } satisfies ToValidationWorker);
  early = started;
}

/**
 * Resolves once the shell's check has answered (or its worker failed), at the latest after
 * `limitMs`; at once when the shell sent no body, or a large one (its check may take seconds).
 * The app's first render waits for it: the browser starts a worker's thread from the page's main
 * thread, so a render begun at once (hundreds of ms on a slow CPU) held the worker back, and the
 * first Problems with it. Waiting costs the render about the check's own time.
 */
export function whenShellCheckAnswered(limitMs: number): Promise<void> {
  const started = early;
  if (!started || started.text === undefined || isLargeBody(started.text) || started.failed || started.answers.length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, limitMs);
    started.onSettled.push(() => {
      clearTimeout(timer);
      // After the frame that shows the shell's count: resolving at once would run the first
      // render in the same task, before that count is ever painted.
      afterNextPaint(resolve);
    });
  });
}

/** The early worker (once) if it started and has not failed, else a new one. */
export function takeValidationWorker(): TakenValidationWorker {
  const taken = early;
  early = undefined;
  if (taken && !taken.failed) {
    taken.worker.onmessage = null;
    return { worker: taken.worker, ...(taken.text !== undefined ? { early: { text: taken.text, answers: taken.answers } } : {}) };
  }
  taken?.worker.terminate();
  return { worker: new ValidationWorker() };
}
