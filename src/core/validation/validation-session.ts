import { createIncrementalValidator } from "./incremental-validator";
import { packSpans } from "./span-packing";
import { applyTextEdits, composeChangedRange, type ChangedRange } from "./text-edits";
import type { FromValidationWorker, ToValidationWorker } from "./validation-protocol";

/**
 * The validation worker's state, without the worker: its copy of the body, kept by the page's
 * messages (a whole text, or edits), and the checks of it. The worker only moves messages.
 */
export interface ValidationSession {
  /** Takes a message; answers at once only when its copy went out of step (a "resync" request). */
  receive(message: ToValidationWorker): FromValidationWorker | undefined;
  /** Checks the text if it changed since the last check. */
  check(): Extract<FromValidationWorker, { kind: "result" }> | undefined;
}

export function createValidationSession(): ValidationSession {
  const validator = createIncrementalValidator();
  let text = "";
  let version = 0;
  let nowMs = 0;
  /** What changed since the last check: "unknown" after a whole new text (the texts are compared). */
  let changed: ChangedRange | "unknown" | undefined;
  /** Set when edits did not fit: edits are ignored until the whole text comes again. */
  let outOfStep = false;

  return {
    receive(message) {
      nowMs = message.nowMs;
      if (message.kind === "text") {
        text = message.text;
        changed = "unknown";
        outOfStep = false;
      } else {
        if (outOfStep) return undefined;
        const next = applyTextEdits(text, message.edits);
        if (next === undefined || next.length !== message.lengthAfter) {
          outOfStep = true;
          return { kind: "resync", version: message.version };
        }
        text = next;
        if (changed !== "unknown") for (const edit of message.edits) changed = composeChangedRange(changed, edit);
      }
      version = message.version;
      return undefined;
    },
    check() {
      if (changed === undefined || outOfStep) return undefined;
      const started = performance.now();
      const outcome = validator.check(text, nowMs, changed === "unknown" ? undefined : changed);
      changed = undefined;
      return {
        kind: "result",
        version,
        update: outcome.update,
        parsed: outcome.result.parsed,
        items: outcome.items ? packSpans(outcome.items) : null,
        elapsedMs: performance.now() - started,
      };
    },
  };
}
