import { createMemo, createSignal, untrack, type Accessor } from "solid-js";
import { documentedExampleText } from "../endpoint/example";
import { buildRequest, type BuildResult } from "../core/request/build-request";
import { defaultTargetSettings, type TargetSettings } from "../core/request/target";
import { decodePermalink } from "../core/permalink/permalink";
import type { SharedState } from "../core/permalink/shared-state";
import { addHistoryEntry, clearHistory, type StoredHistory } from "../core/stored-state/history";
import { makeHistoryEntry, type SendRecord } from "../core/stored-state/history-entry";
import type { ValidationResult } from "../core/validation/validate-body";
import type { ItemSpan } from "../core/preview/items-index";
import type { TextEdit } from "../core/validation/text-edits";
import { createValidationClient, type ValidationOutcome } from "../services/validation-client";
import { createDraftSaver, createStorage, draftMaxChars, newHistoryId, type PlaygroundStorage } from "../services/storage";
import type { EditorHandle } from "./editor-handle";
import { createNotices, type Notices } from "./notices";
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
  setToken(token: string): void;
  readonly rememberToken: Accessor<boolean>;
  setRememberToken(remember: boolean): void;
  /** Whether the token is shown in clear (its field and the snippets); masked by default. */
  readonly tokenRevealed: Accessor<boolean>;
  setTokenRevealed(revealed: boolean): void;
  /** The one request value: send, curl, snippets and the "request as sent" view take this. */
  readonly request: Accessor<BuildResult>;

  readonly history: Accessor<StoredHistory>;
  /** Ids of history entries too large to store on this device (they stay in this tab only). */
  readonly historyNotStored: Accessor<ReadonlySet<string>>;
  recordSend(send: Omit<SendRecord, "id" | "time" | "target">): void;
  clearHistory(): void;
  /** Opens a shared or stored body and settings, keeping the current draft in history if it differs. */
  openShared(state: SharedState, label: string): void;
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
  const storedToken = storage.loadToken();

  const [bodyText, setBody] = createSignal(draft?.bodyText ?? documentedExampleText);
  const [target, setTargetSignal] = createSignal<TargetSettings>(draft?.target ?? defaultTargetSettings);
  const [token, setTokenSignal] = createSignal(storedToken.token);
  const [rememberToken, setRemember] = createSignal(storedToken.remember);
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

  const replaceBody = (text: string): void => {
    const handle = editor();
    if (handle) handle.replaceAll(text);
    else setBodyText(text);
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
    setEditor: (handle) => setEditor(() => handle),
    target,
    setTarget(patch) {
      setTargetSignal((current) => ({ ...current, ...patch }));
      draftSaver.schedule({ bodyText: bodyText(), target: target() });
    },
    sandboxBehaviour,
    setSandboxBehaviour: (behaviour) => setSandboxBehaviour(() => behaviour),
    token,
    setToken(value) {
      setTokenSignal(value);
      storage.saveToken(value, rememberToken());
    },
    rememberToken,
    setRememberToken(remember) {
      setRemember(remember);
      storage.saveToken(token(), remember);
    },
    tokenRevealed,
    setTokenRevealed,
    request: createMemo(() => buildRequest({ target: target(), token: token(), bodyText: bodyText() })),
    history,
    historyNotStored,
    recordSend(send) {
      const entry = makeHistoryEntry({ ...send, id: newHistoryId(), time: Date.now(), target: target() });
      saveHistory(addHistoryEntry(history(), entry));
    },
    clearHistory() {
      saveHistory(clearHistory());
    },
    openShared(shared, label) {
      if (shared.bodyText !== bodyText()) keepDraftInHistory(label);
      setTargetSignal(shared.target);
      replaceBody(shared.bodyText);
    },
    notices,
    storage,
  };

  /** Opening something else never loses the current work: it goes into history first. */
  function keepDraftInHistory(reason: string): void {
    const built = state.request();
    if (!built.ok) return;
    const entry = makeHistoryEntry({
      id: newHistoryId(),
      time: Date.now(),
      request: built.request,
      target: target(),
      status: null,
      successCount: null,
      traceId: null,
      durationMs: 0,
      label: `Draft kept before ${reason}`,
    });
    saveHistory(addHistoryEntry(history(), entry));
  }

  openFragment(location.hash, state);
  // An opened link already set (and sent) the body.
  if (validator.version === 0) setBodyVersion(validator.setText(bodyText()));
  return state;
}

function openFragment(hash: string, state: AppState): void {
  if (hash === "" || hash === "#") return;
  const decoded = decodePermalink(hash);
  if (decoded.ok) {
    state.openShared(decoded.state, "opening a shared link");
    // The link has done its job: from now on the draft is the truth, so a reload keeps later edits.
    globalThis.history?.replaceState(null, "", globalThis.location.pathname + globalThis.location.search);
  }
  else if (decoded.problem !== "not-a-permalink") state.notices.notify(`This link could not be opened: ${decoded.message} Your previous body is kept.`, "error");
}
