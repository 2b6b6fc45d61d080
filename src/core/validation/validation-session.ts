import { checkFailedProblem } from "./check-failed";
import { createIncrementalValidator, type IncrementalValidator } from "./incremental-validator";
import { packSpans } from "./span-packing";
import { applyEditsInOrder } from "../text/text-edit";
import { composeChangedRange, type ChangedRange } from "./changed-range";
import type { FromValidationWorker, ToValidationWorker } from "./validation-protocol";

/**
 * The validation worker's state, without the worker: its copy of the body, kept by the page's
 * messages (a whole text, or edits), and the checks of it. The worker only moves messages.
 */
interface ValidationSession {
  /** Takes a message; answers at once only when its copy went out of step (a "resync" request). */
  receive(message: ToValidationWorker): FromValidationWorker | undefined;
  /**
   * Checks the text if it changed since the last check. Never throws: when the checker fails, the
   * answer is the "check-failed" problem (a page waiting for this version must get an answer —
   * Send waits for one), and the next check starts afresh.
   */
  check(): Extract<FromValidationWorker, { kind: "result" }> | undefined;
}

export function createValidationSession(createValidator: () => IncrementalValidator = createIncrementalValidator): ValidationSession {
  let validator = createValidator();
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
        let next: string | undefined;
        try {
          next = applyEditsInOrder(text, message.edits);
        } catch {
          next = undefined; // e.g. a string past the engine's length limit: start again from the whole text
        }
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
      const since = changed;
      changed = undefined;
      let outcome;
      try {
        outcome = validator.check(text, nowMs, since === "unknown" ? undefined : since);
      } catch (error) {
        // Its previous result may be half-updated: the next check is a full one.
        validator = createValidator();
        const update = { kind: "full", problems: [checkFailedProblem(error)] } as const;
        return { kind: "result", version, update, parsed: false, items: null, elapsedMs: performance.now() - started };
      }
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
