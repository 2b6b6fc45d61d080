import type { RequestState, RunPhase } from "../core/bulk/bulk-run";

/**
 * The bulk run as stored in IndexedDB, so a reload or a crash can resume it without sending an
 * acknowledged request again (a 10,000-item run's state is far past what localStorage should
 * hold next to the draft). Never the token: the run is resumed with the token the page has.
 */
export interface StoredRun {
  /** runFingerprint(body, itemsPerRequest): tells whether the body is still the run's. */
  readonly fingerprint: string;
  readonly itemsPerRequest: number;
  readonly perSecond: number;
  readonly phase: RunPhase;
  readonly requests: readonly RequestState[];
  readonly savedAt: number;
}

const databaseName = "sync-data-playground";
const storeName = "bulk-runs";
const key = "current";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB refused to open"));
  });
}

async function transact<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(storeName, mode);
      const request = work(tx.objectStore(storeName));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
    });
  } finally {
    db.close();
  }
}

export async function loadStoredRun(): Promise<StoredRun | undefined> {
  const value = await transact<unknown>("readonly", (store) => store.get(key));
  return isStoredRun(value) ? value : undefined;
}

/** A run with requests not yet acknowledged: one a reload interrupted, to be offered for resuming. */
export function isUnfinishedRun(run: StoredRun): boolean {
  return run.requests.some((r) => r.status !== "acknowledged");
}

/** Whether an unfinished run is stored (the page then loads the Bulk view at start, which offers it). */
export async function hasUnfinishedStoredRun(): Promise<boolean> {
  const stored = await loadStoredRun();
  return stored !== undefined && isUnfinishedRun(stored);
}

async function saveStoredRun(run: StoredRun): Promise<void> {
  await transact("readwrite", (store) => store.put(run, key));
}

export async function clearStoredRun(): Promise<void> {
  await transact("readwrite", (store) => store.delete(key));
}

function isStoredRun(value: unknown): value is StoredRun {
  if (typeof value !== "object" || value === null) return false;
  const run = value as Partial<StoredRun>;
  return typeof run.fingerprint === "string" && typeof run.itemsPerRequest === "number" && Array.isArray(run.requests);
}

/**
 * Writes runs one after another, the latest state winning when several wait. `save` resolves
 * once a write holding that state (or a later one) has finished; `written` hears each finished
 * write (not a failed one), so a caller can tell what the store already holds.
 */
export function createRunSaver(written: (run: StoredRun) => void = () => {}): { save(run: StoredRun): Promise<void> } {
  let latest: StoredRun | undefined;
  let chain: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  return {
    save(run) {
      latest = run;
      queued ??= chain = chain.then(async () => {
        queued = undefined;
        const next = latest;
        if (!next) return;
        const ok = await saveStoredRun(next).then(
          () => true,
          () => false,
        );
        if (ok) written(next);
      });
      return queued;
    },
  };
}
