import type { ItemSpan } from "../core/body/items-index";
import { countBySeverity, type Problem } from "../core/validation/problem";
import { checkFailedProblem } from "../core/validation/check-failed";
import { applyProblemsUpdate } from "../core/validation/problems-update";
import type { TextEdit } from "../core/text/text-edit";
import type { ValidationResult } from "../core/validation/validate-body";
import type { FromValidationWorker, ShellCheck, ToValidationWorker } from "../core/validation/validation-protocol";
import { unpackSpans } from "../core/validation/span-packing";
import { takeValidationWorker } from "./early-validation-worker";

export interface ValidationOutcome {
  readonly result: ValidationResult;
  /** The text version (as returned by `setText`/`edit`) the result describes: the newest one. */
  readonly version: number;
  /** Time the worker spent validating. */
  readonly elapsedMs: number;
  /** Where each item sits in the text of `version` (unpacked on first call); undefined when there is no items list. */
  readonly items: (() => readonly ItemSpan[]) | undefined;
}

interface ValidationClient {
  /** Sends a whole new text; returns its version. */
  setText(text: string): number;
  /** Sends an editor's edits (applied in order) and the length they leave; returns the new version. */
  edit(edits: readonly TextEdit[], lengthAfter: number): number;
  /** The newest version sent. */
  readonly version: number;
  dispose(): void;
}

/**
 * The page's side of the validation worker. Reports only results for the newest version (a
 * result for a text replaced meanwhile is applied to the kept problems but not shown), and when
 * the worker's copy of the text went out of step asks `currentText` for the whole text.
 */
export function createValidationClient(options: {
  onResult: (outcome: ValidationOutcome) => void;
  /** The editor's text now: sent whole when the worker's copy went out of step. */
  currentText: () => string;
  /** The worker, and what the shell already asked of it (tests pass a stand-in). */
  createWorker?: () => TakenWorker;
}): ValidationClient {
  const taken = (options.createWorker ?? takeValidationWorker)();
  const worker = taken.worker;
  /**
   * The shell sent its body as version 0 before this client existed. Until the first text or
   * edit decides, its answers wait: the same text is adopted (not sent again, its answers count),
   * another one is sent as version 1 and version 0's answers only keep the problem chain in step.
   */
  let early: { text: string; answers: FromValidationWorker[] } | undefined = taken.early && { text: taken.early.text, answers: [...taken.early.answers] };
  /** Set when the worker failed outside a check: its copy of the text may be stale. */
  let wholeTextNeeded = false;
  let version = 0;
  let lastTextVersion = 0;
  // The worker sends changes to its previous answer: every answer is applied, in order.
  let problems: readonly Problem[] = [];
  const send = (message: ToValidationWorker) => worker.postMessage(message);
  /** Ends the wait for the first text: true when `text` (if any) is what the shell sent. */
  const settleEarly = (text: string | undefined): boolean => {
    if (!early) return false;
    const { answers } = early;
    // Nothing was sent before this call (early is cleared by the first setText or edit).
    const adopted = text === early.text;
    early = undefined;
    // Version 0's answers (applied to the chain in order; shown only when adopted), after this call returns.
    queueMicrotask(() => answers.forEach(receive));
    return adopted;
  };
  const client: ValidationClient = {
    setText(text) {
      if (settleEarly(text)) return version;
      wholeTextNeeded = false;
      send({ kind: "text", version: ++version, text, nowMs: Date.now() });
      lastTextVersion = version;
      return version;
    },
    edit(edits, lengthAfter) {
      settleEarly(undefined);
      if (wholeTextNeeded) return client.setText(options.currentText());
      send({ kind: "edits", version: ++version, edits, lengthAfter, nowMs: Date.now() });
      return version;
    },
    get version() {
      return version;
    },
    dispose() {
      worker.terminate();
    },
  };

  function receive(message: FromValidationWorker): void {
    if (message.kind === "resync") {
      // Until a whole text arrives the worker ignores edits; one sent since then already fixes it.
      if (lastTextVersion < message.version) client.setText(options.currentText());
      return;
    }
    problems = applyProblemsUpdate(problems, message.update);
    if (message.version !== version) return;
    options.onResult({
      result: { problems, ...countBySeverity(problems), parsed: message.parsed },
      version,
      elapsedMs: message.elapsedMs,
      items: message.items ? lazySpans(message.items) : undefined,
    });
  }
  worker.onmessage = (event: MessageEvent<FromValidationWorker>) => {
    if (early) early.answers.push(event.data);
    else receive(event.data);
  };
  // An error the worker did not answer itself (it failed to load, or threw outside a check):
  // without an answer Problems would keep an older body's result and Send would wait forever.
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    wholeTextNeeded = true;
    problems = [checkFailedProblem(event.message || "the validation worker stopped")];
    options.onResult({ result: { problems, ...countBySeverity(problems), parsed: false }, version, elapsedMs: 0, items: undefined });
  };
  return client;
}

/** A worker as handed to the client (src/services/early-validation-worker.ts). */
export interface TakenWorker {
  readonly worker: ValidationWorkerLike;
  readonly early?: ShellCheck;
}

/** What the client needs of a worker. */
export interface ValidationWorkerLike {
  postMessage(message: ToValidationWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromValidationWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Spans are unpacked only if someone reads them: most results are replaced before that. */
function lazySpans(packed: Float64Array): () => readonly ItemSpan[] {
  let spans: readonly ItemSpan[] | undefined;
  return () => (spans ??= unpackSpans(packed));
}
