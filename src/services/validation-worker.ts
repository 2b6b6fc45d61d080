/**
 * Validates body text off the main thread, so a 9 MB body never freezes typing.
 * Messages: `{ id, text, nowMs }` in, `{ id, result }` out.
 */
import { createIncrementalValidator } from "../core/validation/incremental-validator";

interface ValidationRequest {
  readonly id: number;
  readonly text: string;
  readonly nowMs: number;
}

/** Keeps the last text: an edit inside one item re-checks only that item. */
const validator = createIncrementalValidator();

self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const { id, text, nowMs } = event.data;
  const started = performance.now();
  const result = validator.validate(text, nowMs);
  self.postMessage({ id, result, elapsedMs: performance.now() - started });
};
