import { readSavedBody, toStoredSavedBody, type SavedBody } from "../core/workspace/saved-bodies";

/**
 * Saved bodies in IndexedDB, one record each (localStorage's few megabytes are shared with the
 * draft and history; a library of bodies needs more). Where IndexedDB is refused (some private
 * modes), the bodies live in memory for this tab and `onProblem` says so once.
 */
interface SavedBodiesStore {
  list(): Promise<readonly SavedBody[]>;
  put(body: SavedBody): Promise<void>;
  remove(id: string): Promise<void>;
}

const databaseName = "sync-data-playground-saved-bodies";
const storeName = "bodies";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = globalThis.indexedDB.open(databaseName, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(storeName, { keyPath: "id" });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error("IndexedDB could not be opened"));
    open.onblocked = () => reject(new Error("IndexedDB is blocked by another tab"));
  });
}

export function createSavedBodiesStore(onProblem: (message: string) => void): SavedBodiesStore {
  const memory = new Map<string, SavedBody>();
  let database: Promise<IDBDatabase | null> | undefined;
  const db = () =>
    (database ??= (globalThis.indexedDB ? openDatabase() : Promise.reject(new Error("no IndexedDB"))).catch((error: unknown) => {
      onProblem(`Saved bodies cannot be kept in this browser (${error instanceof Error ? error.message : String(error)}): they last until this tab is closed.`);
      return null;
    }));
  const store = async (mode: IDBTransactionMode) => (await db())?.transaction(storeName, mode).objectStore(storeName) ?? null;
  return {
    async list() {
      const objects = await store("readonly");
      if (objects === null) return [...memory.values()];
      const records = await request(objects.getAll());
      // A record another version wrote, or a hand edit, costs that record only.
      return records.map(readSavedBody).filter((body): body is SavedBody => body !== null);
    },
    async put(body) {
      memory.set(body.id, body);
      const objects = await store("readwrite");
      if (objects !== null) await request(objects.put(toStoredSavedBody(body)));
    },
    async remove(id) {
      memory.delete(id);
      const objects = await store("readwrite");
      if (objects !== null) await request(objects.delete(id));
    },
  };
}
