import { emptyHistory, migrateHistory, serializeHistory, type StoredHistory } from "../core/stored-state/history";
import { makeStoredDraft, migrateDraft, type StoredDraft } from "../core/stored-state/stored-draft";
import type { TargetSettings } from "../core/request/target";
import { migratePreferences, type Preferences } from "../core/stored-state/preferences";
import { readTokenBinding, type TokenBinding } from "../core/credentials/token-binding";

/**
 * Browser storage at the edge: the draft, the send history and (only where the user chose) the
 * token. Browsers refuse storage in many ways — `window.localStorage` itself throws a
 * SecurityError when cookies are blocked, Safari's private mode and full quotas throw on
 * `setItem` — so every access is guarded: the first failure is reported once through
 * `onStorageProblem`, and from then on that area lives in memory and the app keeps working.
 */

/** The part of the Web Storage API used here (`localStorage` and `sessionStorage` fit it). */
export interface StorageArea {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Namespaced, so other apps on the same origin (e.g. a dev server's) do not collide. */
export const storageKeys = {
  draft: "sync-data-playground:draft",
  history: "sync-data-playground:history",
  token: "sync-data-playground:token",
  preferences: "sync-data-playground:preferences",
  /** Which origins the token belongs to, and which arrived from links unconfirmed (no secret). */
  tokenBinding: "sync-data-playground:token-binding",
  /** Where the sandbox server runs, as the user set it (text; empty: the default). */
  sandboxServer: "sync-data-playground:sandbox-server",
} as const;

/**
 * Browsers give a site about 5 million characters of localStorage in all. The draft and the
 * history each get a share, so one large body cannot fill it and make every later write fail.
 */
export const draftMaxChars = 2_000_000;
const storedHistoryMaxChars = 2_000_000;

type AreaSource = StorageArea | (() => StorageArea | null | undefined);

interface StorageOptions {
  /** Defaults to `globalThis.localStorage`, looked up on first use. */
  readonly local?: AreaSource;
  /** Defaults to `globalThis.sessionStorage`, looked up on first use. */
  readonly session?: AreaSource;
  /** Called at most once per storage, the first time browser storage fails. */
  readonly onStorageProblem?: (message: string) => void;
}

export interface PlaygroundStorage {
  loadDraft(): StoredDraft | null;
  saveDraft(draft: StoredDraft): void;
  clearDraft(): void;
  /** The stored history, or an empty one. */
  loadHistory(): StoredHistory;
  /** Returns the ids of entries too large to store (they stay in this tab only). */
  saveHistory(history: StoredHistory): readonly string[];
  /** `remember` is true when the token came from localStorage. `""` when none is stored. */
  loadToken(): { readonly token: string; readonly remember: boolean };
  /** sessionStorage (this tab only) unless `remember`; the other area is cleared. `""` forgets it. */
  saveToken(token: string, remember: boolean): void;
  loadTokenBinding(): TokenBinding;
  saveTokenBinding(binding: TokenBinding): void;
  loadSandboxServerUrl(): string;
  saveSandboxServerUrl(url: string): void;
  /** Whether this device's storage still takes writes (false: after a failure, everything lives in this tab). */
  persists(): boolean;
  loadPreferences(): Preferences;
  savePreferences(preferences: Preferences): void;
}

export function createStorage(options: StorageOptions = {}): PlaygroundStorage {
  let reported = false;
  const report = (error: unknown) => {
    if (reported) return;
    reported = true;
    options.onStorageProblem?.(describeStorageProblem(error));
  };
  const local = guardedArea(options.local ?? (() => globalThis.localStorage), report);
  const session = guardedArea(options.session ?? (() => globalThis.sessionStorage), report);

  const readJson = (key: string): unknown => {
    const text = local.getItem(key);
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  };

  return {
    loadDraft: () => migrateDraft(readJson(storageKeys.draft)),
    // Re-made field by field: an object that merely looks like a draft may carry more (a token).
    saveDraft: (draft) => local.setItem(storageKeys.draft, JSON.stringify(makeStoredDraft(draft, draft.savedAt))),
    clearDraft: () => local.removeItem(storageKeys.draft),
    loadHistory: () => migrateHistory(readJson(storageKeys.history)) ?? emptyHistory,
    saveHistory: (history) => {
      const { text, skipped } = serializeHistory(migrateHistory(history) ?? emptyHistory, storedHistoryMaxChars);
      local.setItem(storageKeys.history, text);
      return skipped;
    },
    loadToken: () => {
      const forTab = session.getItem(storageKeys.token);
      if (forTab !== null && forTab !== "") return { token: forTab, remember: false };
      const remembered = local.getItem(storageKeys.token);
      return { token: remembered ?? "", remember: remembered !== null && remembered !== "" };
    },
    loadTokenBinding: () => readTokenBinding(readJson(storageKeys.tokenBinding)),
    saveTokenBinding: (binding) => local.setItem(storageKeys.tokenBinding, JSON.stringify(readTokenBinding(binding))),
    persists: () => !local.inMemory(),
    loadSandboxServerUrl: () => local.getItem(storageKeys.sandboxServer) ?? "",
    saveSandboxServerUrl: (url) => (url === "" ? local.removeItem(storageKeys.sandboxServer) : local.setItem(storageKeys.sandboxServer, url)),
    loadPreferences: () => migratePreferences(readJson(storageKeys.preferences)),
    savePreferences: (preferences) => local.setItem(storageKeys.preferences, JSON.stringify(migratePreferences(preferences))),
    saveToken: (token, remember) => {
      const [keep, clear] = remember ? [local, session] : [session, local];
      clear.removeItem(storageKeys.token);
      if (token === "") keep.removeItem(storageKeys.token);
      else keep.setItem(storageKeys.token, token);
    },
  };
}

/**
 * One storage area behind guards. After its first failure it switches to a memory overlay:
 * writes stay in memory, and reads see them first and then whatever the browser still holds.
 */
interface GuardedArea extends StorageArea {
  /** True once the browser's storage failed and writes go to memory only. */
  inMemory(): boolean;
}

function guardedArea(source: AreaSource, report: (error: unknown) => void): GuardedArea {
  let area: StorageArea | null | undefined;
  // `null` in the overlay marks a removed key, so a stale browser value does not show through.
  let overlay: Map<string, string | null> | null = null;
  const fail = (error: unknown) => {
    overlay ??= new Map();
    report(error);
  };
  const browserArea = (): StorageArea | null => {
    if (area === undefined) {
      try {
        area = (typeof source === "function" ? source() : source) ?? null;
        if (area === null) fail(new StorageUnavailableError());
      } catch (error) {
        area = null;
        fail(error);
      }
    }
    return area;
  };
  const attempt = <T>(action: (a: StorageArea) => T, fallback: T): T => {
    const a = browserArea();
    if (a === null) return fallback;
    try {
      return action(a);
    } catch (error) {
      fail(error);
      return fallback;
    }
  };
  return {
    getItem: (key) => {
      if (overlay?.has(key)) return overlay.get(key) ?? null;
      return attempt((a) => a.getItem(key), null);
    },
    setItem: (key, value) => {
      if (overlay === null && attempt((a) => (a.setItem(key, value), true), false)) return;
      // A failed write may leave an older value behind; drop it so a reload does not resurrect it.
      attempt((a) => a.removeItem(key), undefined);
      (overlay ??= new Map()).set(key, value);
    },
    removeItem: (key) => {
      overlay?.set(key, null);
      attempt((a) => a.removeItem(key), undefined);
    },
    inMemory: () => overlay !== null,
  };
}

class StorageUnavailableError extends Error {
  override readonly name = "StorageUnavailableError";
}

/** A sentence for the user about why storage failed and what that means for them. */
export function describeStorageProblem(error: unknown): string {
  const name = typeof error === "object" && error !== null ? String((error as { name?: unknown }).name) : "";
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const inMemory = "your draft, history and token are kept only until this tab is closed";
  // Chrome/Safari name it QuotaExceededError (code 22); old Firefox NS_ERROR_DOM_QUOTA_REACHED (1014).
  if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014) {
    return `Browser storage for this site is full, so from now on ${inMemory}. Clearing the send history frees space.`;
  }
  if (name === "SecurityError" || name === "StorageUnavailableError") {
    return `Browser storage is blocked here (private browsing or the site's cookie settings), so ${inMemory}.`;
  }
  return `Browser storage failed${error instanceof Error && error.message ? ` (${error.message})` : ""}, so ${inMemory}.`;
}

interface DraftInput {
  readonly bodyText: string;
  readonly target: TargetSettings;
}

export interface DraftSaver {
  /** Saves `draft` once edits pause for `delayMs` (and at least every `maxWaitMs` while they go on). */
  schedule(draft: DraftInput): void;
  /** Saves a scheduled draft now: call on `pagehide` so the last keystrokes are not lost. */
  flush(): void;
  /** Drops a scheduled draft without saving it. */
  cancel(): void;
}

/** Drafts longer than `maxChars` are not stored; `onTooLarge` says so once per such stretch. */
interface DraftLimit {
  readonly maxChars: number;
  onTooLarge(length: number): void;
}

export interface DraftSaverOptions {
  /** The pause in edits after which the draft is written (500 ms unless told). */
  readonly delayMs?: number;
  /** While edits go on, the draft is still written at least this often (5,000 ms unless told). */
  readonly maxWaitMs?: number;
  readonly limit?: DraftLimit;
}

/**
 * Debounced draft saving with plain timers: typing does not write storage on every key.
 * @example const saver = createDraftSaver(storage); onEdit(() => saver.schedule({ bodyText, target }));
 */
export function createDraftSaver(
  storage: Pick<PlaygroundStorage, "saveDraft"> & Partial<Pick<PlaygroundStorage, "clearDraft">>,
  { delayMs = 500, maxWaitMs = 5000, limit }: DraftSaverOptions = {},
): DraftSaver {
  let pending: DraftInput | null = null;
  let toldTooLarge = false;
  let firstScheduledAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const flush = () => {
    stopTimer();
    if (pending === null) return;
    const draft = pending;
    pending = null;
    if (limit && draft.bodyText.length > limit.maxChars) {
      // An older, smaller draft would come back on reload as if it were this one: drop it.
      storage.clearDraft?.();
      if (!toldTooLarge) limit.onTooLarge(draft.bodyText.length);
      toldTooLarge = true;
      return;
    }
    toldTooLarge = false;
    storage.saveDraft(makeStoredDraft(draft, Date.now()));
  };
  return {
    schedule: (draft) => {
      if (pending === null) firstScheduledAt = Date.now();
      pending = draft;
      stopTimer();
      const waitLeft = maxWaitMs - (Date.now() - firstScheduledAt);
      timer = setTimeout(flush, Math.max(0, Math.min(delayMs, waitLeft)));
    },
    flush,
    cancel: () => {
      stopTimer();
      pending = null;
    },
  };
}

/** An id for a history entry: random where the browser offers it (secure contexts), else time-based. */
export function newHistoryId(): string {
  const random = globalThis.crypto?.randomUUID?.bind(globalThis.crypto);
  return random ? random() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
