/**
 * Validates body text off the main thread, so a 9 MB body never freezes typing.
 * Messages: `{ id, text, nowMs }` in, `{ id, result }` out.
 */
import { validateBody } from "../core/validation/validate-body";

interface ValidationRequest {
  readonly id: number;
  readonly text: string;
  readonly nowMs: number;
}

self.onmessage = (event: MessageEvent<ValidationRequest>) => {
  const { id, text, nowMs } = event.data;
  const started = performance.now();
  const result = validateBody(text, { nowMs });
  self.postMessage({ id, result, elapsedMs: performance.now() - started });
};
