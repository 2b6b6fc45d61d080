import { createMemo, createSignal, untrack, type Accessor } from "solid-js";
import { documentedExampleText } from "../endpoint/example";
import { buildRequest, type BuildResult } from "../core/request/build-request";
import { defaultTargetSettings, targetApiVersion, type TargetSettings } from "../core/request/target";
import type { SharedState } from "../core/permalink/shared-state";
import { addHistoryEntry, clearHistory, type StoredHistory } from "../core/stored-state/history";
import { makeDraftEntry, makeHistoryEntry, type SendRecord } from "../core/stored-state/history-entry";
import type { ValidationResult } from "../core/validation/validate-body";
import type { ItemSpan } from "../core/body/items-index";
import type { TextEdit } from "../core/validation/text-edits";
import { createValidationClient, type ValidationOutcome } from "../services/validation-client";
import { createDraftSaver, createStorage, draftMaxChars, newHistoryId, type PlaygroundStorage } from "../services/storage";
import type { EditorHandle } from "./editor-handle";
import { createNotices, type Notices } from "./notices";
import { createCredentials, type Credentials } from "./credentials";
import { openFragment } from "./open-fragment";
import { readSandboxServerOrigin } from "../core/request/sandbox-server";
import { asDocumented, type SandboxBehaviour } from "../sandbox/sandbox-behaviour";

export interface AppState {
  /** The body text: the one string that is sent, copied and shared byte for byte. */
  readonly bodyText: Accessor<string>;
  /** Sets the body from outside the editor (before it exists); it is validated whole. */
  setBodyText(text: string): void;
  /** The editor's edits, reported as they happen: the validator follows them without the text. */
  editorEdited(edits: readonly TextEdit[], lengthAfter: number): void;
  /** The editor's text, published after its edits were reported (at once, or after a pause for large bodies). */
  publishEditorText(text: string): void;
  /** Replaces the body as the user would (through the editor's undo stack once it exists). */
  replaceBody(text: string): void;
  /** The body as it will be once the editor mounts: a link opened before then replaces the draft as an undoable edit. */
  pendingBodyText(): string;
  readonly validation: Accessor<ValidationResult | undefined>;
  /** How long the worker took for the latest result. */
  readonly validationMs: Accessor<number | undefined>;
  /** The latest validation with what the worker knows beyond problems (item spans, whether problems only moved). */
  readonly validationOutcome: Accessor<ValidationOutcome | undefined>;
  /** The validation of the text as it is now (at once when the latest result is for it). */
  whenValidated(): Promise<ValidationResult>;
  /** Where each item sits in `text`, a version of the body the validator has indexed. */
  readonly itemsIndex: Accessor<ItemsIndex | undefined>;
  readonly editor: Accessor<EditorHandle | undefined>;
  setEditor(handle: EditorHandle | undefined): void;

  readonly target: Accessor<TargetSettings>;
  setTarget(patch: Partial<TargetSettings>): void;
  /** Faults the in-page sandbox produces (the "Sandbox behaviour" control); this tab only. */
  readonly sandboxBehaviour: Accessor<SandboxBehaviour>;
  setSandboxBehaviour(behaviour: SandboxBehaviour): void;
  readonly token: Accessor<string>;
  /** The user typed or pasted a token (a pasted `Bearer ` is taken off; it belongs to the target shown). */
  setToken(token: string): void;
  /** The token's binding to origins: what a send may do with it, and the confirmation of a new host. */
  readonly credentials: Credentials;
  /** Sets a target that came from outside the user's hands (a curl import): its new origin must be confirmed. */
  setTargetFromOutside(patch: Partial<TargetSettings>): void;
  readonly rememberToken: Accessor<boolean>;
  setRememberToken(remember: boolean): void;
  /** Whether the token is shown in clear (its field and the snippets); masked by default. */
  readonly tokenRevealed: Accessor<boolean>;
  setTokenRevealed(revealed: boolean): void;
  /** Where the sandbox server runs, as typed (empty: the default); the Sandbox target's URL and copied commands use it. */
  readonly sandboxServerUrl: Accessor<string>;
  setSandboxServerUrl(url: string): void;
  /** The one request value: send, curl, snippets and the "request as sent" view take this. */
  readonly request: Accessor<BuildResult>;

  readonly history: Accessor<StoredHistory>;
  /** Ids of history entries too large to store on this device (they stay in this tab only). */
  readonly historyNotStored: Accessor<ReadonlySet<string>>;
  recordSend(send: Omit<SendRecord, "id" | "time" | "target">): void;
  clearHistory(): void;
  /**
   * Opens a shared or stored body and settings, keeping the current draft in history if it
   * differs, and says so with a one-click Restore. A target from a link (not `trusted`) does not
   * take the token along until its host is confirmed.
   */
  openShared(state: SharedState, label: string, options?: { readonly trusted?: boolean }): void;
  readonly notices: Notices;
  readonly storage: PlaygroundStorage;
}

export interface ItemsIndex {
  readonly text: string;
  /** Undefined when the body has no items list. */
  readonly items: readonly ItemSpan[] | undefined;
}

/**
 * Creates the page's state. The first body is, in order: a permalink in the URL fragment, the
 * draft saved on this device, the documented example.
 */
export function createAppState(location: { hash: string } = globalThis.location): AppState {
  const notices = createNotices();
  const storage = createStorage({ onStorageProblem: (message) => notices.notify(message, "warning") });
  const draft = storage.loadDraft();

  const [bodyText, setBody] = createSignal(draft?.bodyText ?? documentedExampleText);
  const [target, setTargetSignal] = createSignal<TargetSettings>(draft?.target ?? defaultTargetSettings);
  const credentials = createCredentials(storage, target);
  const [sandboxServerUrl, setSandboxServerUrlSignal] = createSignal(storage.loadSandboxServerUrl());
  const sandboxOrigin = createMemo(() => {
    const read = readSandboxServerOrigin(sandboxServerUrl());
    return read.ok ? read.origin : undefined;
  });
  const [tokenRevealed, setTokenRevealed] = createSignal(false);
  const [sandboxBehaviour, setSandboxBehaviour] = createSignal<SandboxBehaviour>(asDocumented);
  const [outcome, setOutcome] = createSignal<ValidationOutcome>();
  /** The validator's version of the text in `bodyText` (the editor publishes after it reports edits). */
  const [bodyVersion, setBodyVersion] = createSignal(0);
  const [editor, setEditor] = createSignal<EditorHandle>();
  const [history, setHistory] = createSignal<StoredHistory>(storage.loadHistory());
  const [historyNotStored, setHistoryNotStored] = createSignal<ReadonlySet<string>>(new Set());

  /** Callers of whenValidated waiting for the result of the newest text. */
  const validatedWaiters: ((result: ValidationResult) => void)[] = [];
  const validator = createValidationClient({
    onResult: (latest) => {
      setOutcome(latest);
      const waiting = validatedWaiters.splice(0);
      for (const resolve of waiting) resolve(latest.result);
    },
    currentText: () => {
      editor()?.flush();
      return bodyText();
    },
  });
  const draftSaver = createDraftSaver(storage, undefined, undefined, {
    maxChars: draftMaxChars,
    onTooLarge: (length) =>
      notices.notify(
        `This body (${length.toLocaleString("en-US")} characters) is too large to keep as a draft in this browser (up to ${draftMaxChars.toLocaleString("en-US")}): a reload will not bring it back. Keep it in a file (Copy permalink offers “Download body as .json”).`,
        "warning",
      ),
  });
  globalThis.addEventListener?.("pagehide", () => {
    editor()?.flush();
    draftSaver.flush();
  });

  const saveHistory = (next: StoredHistory): void => {
    setHistory(next);
    setHistoryNotStored(new Set(storage.saveHistory(next)));
  };

  const setBodyText = (text: string): void => {
    setBody(text);
    setBodyVersion(validator.setText(text));
    draftSaver.schedule({ bodyText: text, target: target() });
  };

  const publishEditorText = (text: string): void => {
    setBody(text);
    setBodyVersion(validator.version);
    draftSaver.schedule({ bodyText: text, target: target() });
  };

  const validation = createMemo(() => outcome()?.result);
  // Spans and text must describe the same version; until they do, the last matching pair stands.
  const itemsIndex = createMemo<ItemsIndex | undefined>((previous) => {
    const latest = outcome();
    if (!latest || latest.version !== bodyVersion()) return previous;
    return { text: bodyText(), items: latest.items?.() };
  });

  /**
   * A body opened before the editor exists, over a different draft: the editor starts with the
   * draft and then replaces it as an edit, so Ctrl+Z brings the draft back.
   */
  let replaceOnMount: string | undefined;
  const replaceBody = (text: string): void => {
    const handle = editor();
    if (handle) handle.replaceAll(text);
    else if (text !== bodyText()) replaceOnMount = text;
  };

  const state: AppState = {
    bodyText,
    setBodyText,
    editorEdited: (edits, lengthAfter) => void validator.edit(edits, lengthAfter),
    publishEditorText,
    replaceBody,
    validation,
    validationMs: () => outcome()?.elapsedMs,
    validationOutcome: outcome,
    whenValidated() {
      editor()?.flush();
      const latest = untrack(outcome);
      if (latest && latest.version === validator.version) return Promise.resolve(latest.result);
      return new Promise((resolve) => validatedWaiters.push(resolve));
    },
    itemsIndex,
    editor,
    setEditor: (handle) => {
      setEditor(() => handle);
      const pending = replaceOnMount;
      replaceOnMount = undefined;
      if (handle && pending !== undefined) handle.replaceAll(pending);
    },
    target,
    setTarget(patch) {
      setTargetSignal((current) => ({ ...current, ...patch }));
      draftSaver.schedule({ bodyText: bodyText(), target: target() });
    },
    sandboxBehaviour,
    setSandboxBehaviour: (behaviour) => setSandboxBehaviour(() => behaviour),
    token: credentials.token,
    setToken: (value) => credentials.enterToken(value),
    credentials,
    setTargetFromOutside(patch) {
      const before = target();
      const after = { ...before, ...patch };
      credentials.targetArrived(before, after);
      state.setTarget(patch);
    },
    rememberToken: credentials.rememberToken,
    setRememberToken: (remember) => credentials.setRememberToken(remember),
    tokenRevealed,
    setTokenRevealed,
    sandboxServerUrl,
    setSandboxServerUrl(url) {
      setSandboxServerUrlSignal(url);
      storage.saveSandboxServerUrl(url.trim());
    },
    request: createMemo(() => {
      const origin = sandboxOrigin();
      const input = { target: target(), token: credentials.tokenForRequest(), bodyText: bodyText() };
      return buildRequest(origin === undefined ? input : { ...input, sandboxOrigin: origin });
    }),
    history,
    historyNotStored,
    recordSend(send) {
      const entry = makeHistoryEntry({ ...send, id: newHistoryId(), time: Date.now(), target: target() });
      saveHistory(addHistoryEntry(history(), entry));
    },
    clearHistory() {
      saveHistory(clearHistory());
    },
    pendingBodyText: () => pendingBody(),
    openShared(shared, label, options = {}) {
      editor()?.flush();
      const previous: SharedState = { bodyText: pendingBody(), target: target() };
      const changed = shared.bodyText !== previous.bodyText || !sameTarget(shared.target, previous.target);
      const kept = changed ? keepDraftInHistory(label) : undefined;
      if (!options.trusted) credentials.targetArrived(previous.target, shared.target);
      setTargetSignal(shared.target);
      replaceBody(shared.bodyText);
      draftSaver.schedule({ bodyText: pendingBody(), target: target() });
      if (kept) notifyKept(kept, previous, label);
    },
    notices,
    storage,
  };

  /** The body as it will be once the editor mounts (a link opened before it replaces the draft then). */
  function pendingBody(): string {
    return replaceOnMount ?? bodyText();
  }

  /**
   * Opening something else never loses the current work: it goes into history first, whatever
   * state the target is in (a half-typed base URL cannot be built, the body is kept all the same).
   */
  function keepDraftInHistory(reason: string): { readonly id: string; readonly stored: boolean } {
    const built = state.request();
    const entry = makeDraftEntry({
      id: newHistoryId(),
      time: Date.now(),
      bodyText: pendingBody(),
      target: target(),
      request: built.ok ? built.request : undefined,
      label: `Draft kept before ${reason}`,
    });
    saveHistory(addHistoryEntry(history(), entry));
    return { id: entry.id, stored: storage.persists() && !historyNotStored().has(entry.id) };
  }

  /** Says what happened to the body that was replaced, exactly as far as it survives, with Restore. */
  function notifyKept(kept: { readonly id: string; readonly stored: boolean }, previous: SharedState, reason: string): void {
    const where = kept.stored
      ? "is kept in History"
      : "is kept in History for this tab only (this device's storage cannot hold it: a reload loses it)";
    const undo = "Restore puts it back; so does Ctrl+Z in the editor.";
    notices.notify(`Your previous body ${where}. ${undo}`, "info", [
      {
        label: "Restore previous body",
        run: () => state.openShared(previous, `restoring the body replaced by ${reason}`, { trusted: true }),
      },
    ]);
  }

  openFragment(location.hash, state);
  globalThis.addEventListener?.("hashchange", () => openFragment(globalThis.location.hash, state));
  // An opened link already set (and sent) the body.
  if (validator.version === 0) setBodyVersion(validator.setText(bodyText()));
  return state;
}

function sameTarget(a: TargetSettings, b: TargetSettings): boolean {
  return a.kind === b.kind && a.storeHandle === b.storeHandle && a.baseUrl === b.baseUrl && targetApiVersion(a) === targetApiVersion(b);
}
