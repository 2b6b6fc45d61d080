import ValidationWorker from "./validation-worker?worker";
import type { FromValidationWorker, ShellCheck, ToValidationWorker } from "../core/validation/validation-protocol";

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
}

/**
 * The validation worker, started by src/shell/paint-shell.ts before the main chunk has loaded,
 * so the worker's script is fetched and its schema compiled while the app's larger chunk and
 * Monaco are still loading. Given the body the shell shows, it checks that body at once: the
 * answer is waiting when the app starts, instead of the check starting then.
 */
let early: EarlyWorker | undefined;

export function startValidationWorkerEarly(text?: string): void {
  if (early) return;
  const worker = new ValidationWorker();
  const started: EarlyWorker = { worker, failed: false, text, answers: [] };
  // A load failure before the client listens would go unseen (and Send would wait forever):
  // such a worker is not handed over, so the client's own start reports the failure.
  worker.addEventListener("error", () => (started.failed = true), { once: true });
  worker.onmessage = (event: MessageEvent<FromValidationWorker>) => void started.answers.push(event.data);
  if (text !== undefined) worker.postMessage({ kind: "text", version: 0, text, nowMs: Date.now() } satisfies ToValidationWorker);
  early = started;
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
