import ValidationWorker from "./validation-worker?worker";

/**
 * The validation worker, started by src/shell/paint-shell.ts before the main chunk has loaded,
 * so the worker's script is fetched and its schema compiled while the app's larger chunk and
 * Monaco are still loading; the validation client then takes this worker instead of starting one.
 */
let early: { worker: Worker; failed: boolean } | undefined;

export function startValidationWorkerEarly(): void {
  if (early) return;
  const worker = new ValidationWorker();
  const started = { worker, failed: false };
  // A load failure before the client listens would go unseen (and Send would wait forever):
  // such a worker is not handed over, so the client's own start reports the failure.
  worker.addEventListener("error", () => (started.failed = true), { once: true });
  early = started;
}

/** The early worker (once) if it started and has not failed, else a new one. */
export function takeValidationWorker(): Worker {
  const taken = early;
  early = undefined;
  if (taken && !taken.failed) return taken.worker;
  taken?.worker.terminate();
  return new ValidationWorker();
}
