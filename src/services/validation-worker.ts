/**
 * Validates body text off the main thread, so a 13 MB body never freezes typing. Keeps its own
 * copy of the text, updated by the editor's edits (see validation-protocol.ts), and re-checks
 * only the item an edit fell inside.
 */
import { createIncrementalValidator } from "../core/validation/incremental-validator";
import { applyTextEdits, composeChangedRange, type ChangedRange } from "../core/validation/text-edits";
import type { ItemSpan } from "../core/preview/items-index";
import type { FromValidationWorker, ToValidationWorker } from "./validation-protocol";

const validator = createIncrementalValidator();
let text = "";
let version = 0;
let nowMs = 0;
/** What changed since the last check: "unknown" after a whole new text (the texts are compared). */
let changed: ChangedRange | "unknown" | undefined = "unknown";
/** Set when an edit did not fit: edits are ignored until the whole text comes again. */
let outOfStep = false;
let scheduled = false;

const post = (message: FromValidationWorker, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<ToValidationWorker>) => {
  const message = event.data;
  nowMs = message.nowMs;
  if (message.kind === "text") {
    text = message.text;
    changed = "unknown";
    outOfStep = false;
  } else {
    if (outOfStep) return;
    const next = applyTextEdits(text, message.edits);
    if (next === undefined || next.length !== message.lengthAfter) {
      outOfStep = true;
      return post({ kind: "resync", version: message.version });
    }
    text = next;
    if (changed !== "unknown") for (const edit of message.edits) changed = composeChangedRange(changed, edit);
  }
  version = message.version;
  // Edits that arrived while a check ran are all applied before the next check starts.
  if (!scheduled) {
    scheduled = true;
    setTimeout(check, 0);
  }
};

function check(): void {
  scheduled = false;
  if (changed === undefined) return;
  const started = performance.now();
  const outcome = validator.check(text, nowMs, changed === "unknown" ? undefined : changed);
  changed = undefined;
  const items = outcome.items ? packSpans(outcome.items) : null;
  post(
    {
      kind: "result",
      version,
      update: outcome.update,
      parsed: outcome.result.parsed,
      movedOnly: outcome.movedOnly,
      items,
      elapsedMs: performance.now() - started,
    },
    items ? [items.buffer] : [],
  );
}

function packSpans(spans: readonly ItemSpan[]): Float64Array {
  const packed = new Float64Array(spans.length * 2);
  spans.forEach((span, i) => {
    packed[2 * i] = span.offset;
    packed[2 * i + 1] = span.length;
  });
  return packed;
}
