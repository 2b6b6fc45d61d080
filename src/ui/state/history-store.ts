import { createSignal, type Accessor } from "solid-js";
import type { BuildResult } from "../../core/request/build-request";
import { targetApiVersion, type TargetSettings } from "../../core/request/target";
import type { SharedState } from "../../core/permalink/shared-state";
import { addHistoryEntry, clearHistory, type StoredHistory } from "../../core/stored-state/history";
import { makeDraftEntry, makeHistoryEntry, type SendRecord } from "../../core/stored-state/history-entry";
import { createDraftSaver, draftMaxChars, newHistoryId, type DraftSaver, type PlaygroundStorage } from "../../services/storage";
import type { Notices } from "../notices";
import type { BodyStore } from "./body-store";
import type { TargetStore } from "./target-store";

/** What was sent, and the work the user had before opening something else: nothing is lost. */
export interface HistoryStore {
  readonly entries: Accessor<StoredHistory>;
  /** Ids of history entries too large to store on this device (they stay in this tab only). */
  readonly notStored: Accessor<ReadonlySet<string>>;
  recordSend(send: Omit<SendRecord, "id" | "time" | "target">): void;
  clear(): void;
  /**
   * Opens a shared or stored body and settings, keeping the current draft in history if it
   * differs, and says so with a one-click Restore. A target from a link (not `trusted`) does not
   * take the token along until its host is confirmed.
   */
  openShared(state: SharedState, label: string, options?: { readonly trusted?: boolean }): void;
}

/** The draft on this device follows the body and target after a pause; a body too large to keep is said once. */
export function createDraftKeeper(storage: PlaygroundStorage, notices: Notices): DraftSaver {
  return createDraftSaver(storage, {
    limit: {
      maxChars: draftMaxChars,
      onTooLarge: (length) =>
        notices.notify(
          `This body (${length.toLocaleString("en-US")} characters) is too large to keep as a draft in this browser (up to ${draftMaxChars.toLocaleString("en-US")}): a reload will not bring it back. Keep it in a file (Copy permalink offers “Download body as .json”).`,
          "warning",
        ),
    },
  });
}

export interface HistoryStoreParts {
  readonly storage: PlaygroundStorage;
  readonly notices: Notices;
  readonly body: BodyStore;
  readonly target: TargetStore;
  /** The request as built now (a draft kept in history carries it when it can be built). */
  readonly request: Accessor<BuildResult>;
}

export function createHistoryStore({ storage, notices, body, target, request }: HistoryStoreParts): HistoryStore {
  const [entries, setEntries] = createSignal<StoredHistory>(storage.loadHistory());
  const [notStored, setNotStored] = createSignal<ReadonlySet<string>>(new Set());
  const save = (next: StoredHistory): void => {
    setEntries(next);
    setNotStored(new Set(storage.saveHistory(next)));
  };

  /**
   * Opening something else never loses the current work: it goes into history first, whatever
   * state the target is in (a half-typed base URL cannot be built, the body is kept all the same).
   */
  const keepDraft = (reason: string): { readonly id: string; readonly stored: boolean } => {
    const built = request();
    const entry = makeDraftEntry({
      id: newHistoryId(),
      time: Date.now(),
      bodyText: body.pendingText(),
      target: target.settings(),
      request: built.ok ? built.request : undefined,
      label: `Draft kept before ${reason}`,
    });
    save(addHistoryEntry(entries(), entry));
    return { id: entry.id, stored: storage.persists() && !notStored().has(entry.id) };
  };

  const store: HistoryStore = {
    entries,
    notStored,
    recordSend(send) {
      save(addHistoryEntry(entries(), makeHistoryEntry({ ...send, id: newHistoryId(), time: Date.now(), target: target.settings() })));
    },
    clear: () => save(clearHistory()),
    openShared(shared, label, options = {}) {
      body.current();
      const previous: SharedState = { bodyText: body.pendingText(), target: target.settings() };
      const changed = shared.bodyText !== previous.bodyText || !sameTarget(shared.target, previous.target);
      const kept = changed ? keepDraft(label) : undefined;
      body.replace(shared.bodyText);
      // After the body, so the draft written for the new target holds the new body too.
      target.open(shared.target, options.trusted === true);
      if (kept) notifyKept(kept, previous, label);
    },
  };

  /** Says what happened to the body that was replaced, exactly as far as it survives, with Restore. */
  function notifyKept(kept: { readonly id: string; readonly stored: boolean }, previous: SharedState, reason: string): void {
    const where = kept.stored
      ? "is kept in History"
      : "is kept in History for this tab only (this device's storage cannot hold it: a reload loses it)";
    const undo = "Restore puts it back; so does Ctrl+Z in the editor.";
    notices.notify(`Your previous body ${where}. ${undo}`, "info", [
      {
        label: "Restore previous body",
        run: () => store.openShared(previous, `restoring the body replaced by ${reason}`, { trusted: true }),
      },
    ]);
  }

  return store;
}

function sameTarget(a: TargetSettings, b: TargetSettings): boolean {
  return a.kind === b.kind && a.storeHandle === b.storeHandle && a.baseUrl === b.baseUrl && targetApiVersion(a) === targetApiVersion(b);
}
