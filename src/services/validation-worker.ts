/**
 * Validates body text off the main thread, so a 13 MB body never freezes typing. The session
 * (src/core/validation/validation-session.ts) keeps the worker's copy of the text from the
 * page's edits and re-checks only the item an edit fell inside.
 */
import { createValidationSession } from "../core/validation/validation-session";
import type { ToValidationWorker } from "../core/validation/validation-protocol";

const session = createValidationSession();
let scheduled = false;

self.onmessage = (event: MessageEvent<ToValidationWorker>) => {
  const answer = session.receive(event.data);
  if (answer) self.postMessage(answer);
  // Edits that arrived while a check ran are all taken in before the next check starts.
  if (!scheduled) {
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      const result = session.check();
      if (result) self.postMessage(result, { transfer: result.items ? [result.items.buffer] : [] });
    }, 0);
  }
};
