import { migrateForward, type VersionedShape } from "./migrate";
import { readHistoryEntry, type HistoryEntry } from "./history-entry";
import { notStored, responseForStorage, type RecordedResponse } from "./recorded-response";

/** The send history kept in browser storage, newest first. */
export interface StoredHistory {
  readonly version: 1;
  readonly entries: readonly HistoryEntry[];
}

const historyVersion = 1;

/** Only the most recent sends are kept: bodies can be large and storage is small. */
export const historyLimit = 50;

export const emptyHistory: StoredHistory = { version: historyVersion, entries: [] };

/** Puts `entry` first (replacing an entry with the same id) and keeps the newest {@link historyLimit}. */
export function addHistoryEntry(history: StoredHistory, entry: HistoryEntry): StoredHistory {
  const others = history.entries.filter((e) => e.id !== entry.id);
  return { version: historyVersion, entries: [entry, ...others].slice(0, historyLimit) };
}

/**
 * The history as stored: JSON of the newest entries that fit in `maxChars`, newest first; an entry
 * too large for what is left is skipped, so one huge send does not push every older one out.
 * Browsers give a site about 5 million characters of localStorage; a few 1.4 MB bodies would fill
 * it and every later write, draft and token included, would fail. `skipped` lists the ids not stored.
 * Responses come second: which entries are stored is decided without them, then the room left
 * takes the small responses, newest first; the others are stored as "not stored" (the tab keeps them).
 * @example serializeHistory(history, 2_000_000) // { text: '{"version":1,"entries":[…]}', skipped: [] }
 */
export function serializeHistory(history: StoredHistory, maxChars: number): { text: string; skipped: string[] } {
  const head = `{"version":${historyVersion},"entries":[`;
  const tail = "]}";
  let used = head.length + tail.length;
  const kept: { entry: HistoryEntry; text: string }[] = [];
  const skipped: string[] = [];
  for (const entry of history.entries) {
    const text = JSON.stringify(withResponse(entry, notStored));
    const cost = text.length + (kept.length > 0 ? 1 : 0);
    if (used + cost > maxChars) {
      skipped.push(entry.id);
      continue;
    }
    used += cost;
    kept.push({ entry, text });
  }
  for (const item of kept) {
    if (item.entry.response === undefined) continue;
    const stored = responseForStorage(item.entry.response);
    if (stored === notStored) continue;
    const text = JSON.stringify(withResponse(item.entry, stored));
    if (used + text.length - item.text.length > maxChars) continue;
    used += text.length - item.text.length;
    item.text = text;
  }
  return { text: head + kept.map((item) => item.text).join(",") + tail, skipped };
}

/** The entry with `response` in place of a kept response's text (one without a response stays as it is). */
function withResponse(entry: HistoryEntry, response: RecordedResponse): HistoryEntry {
  return entry.response?.kept ? { ...entry, response } : entry;
}

export function clearHistory(): StoredHistory {
  return emptyHistory;
}

const historyShape: VersionedShape<StoredHistory> = {
  current: historyVersion,
  steps: {},
  // One damaged entry should not cost the user the whole list: unreadable entries are dropped.
  read: (value) => {
    if (value["version"] !== historyVersion || !Array.isArray(value["entries"])) return null;
    const entries = (value["entries"] as unknown[]).map(readHistoryEntry).filter((e): e is HistoryEntry => e !== null);
    return { version: historyVersion, entries: entries.slice(0, historyLimit) };
  },
};

/** The stored history in its current shape, or `null` for anything that is not one. Never throws. */
export function migrateHistory(value: unknown): StoredHistory | null {
  return migrateForward(value, historyShape);
}
