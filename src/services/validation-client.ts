import type { ValidationResult } from "../core/validation/validate-body";
import ValidationWorker from "./validation-worker?worker";

export interface ValidationOutcome {
  readonly result: ValidationResult;
  /** Time the worker spent validating. */
  readonly elapsedMs: number;
}

/**
 * Sends each new text to the validation worker and reports only the newest answer: results for
 * texts that were replaced while validating are dropped. While the worker is busy, only the
 * latest pending text is kept, so a fast typist never queues up stale work.
 */
export function createValidationClient(onResult: (outcome: ValidationOutcome) => void): { validate(text: string): void; dispose(): void } {
  const worker = new ValidationWorker();
  let nextId = 0;
  let inFlight: number | undefined;
  let pending: string | undefined;

  const post = (text: string): void => {
    inFlight = ++nextId;
    worker.postMessage({ id: inFlight, text, nowMs: Date.now() });
  };

  worker.onmessage = (event: MessageEvent<{ id: number; result: ValidationResult; elapsedMs: number }>) => {
    if (event.data.id !== inFlight) return;
    inFlight = undefined;
    if (pending !== undefined) {
      const text = pending;
      pending = undefined;
      post(text);
      return;
    }
    onResult({ result: event.data.result, elapsedMs: event.data.elapsedMs });
  };

  return {
    validate(text) {
      if (inFlight === undefined) post(text);
      else pending = text;
    },
    dispose() {
      worker.terminate();
    },
  };
}
