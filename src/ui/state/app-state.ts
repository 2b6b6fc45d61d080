import { createMemo, type Accessor } from "solid-js";
import { documentedExampleText } from "../../endpoint/example";
import { buildRequest, type BuildResult } from "../../core/request/build-request";
import { defaultTargetSettings } from "../../core/request/target";
import { createStorage, type PlaygroundStorage } from "../../services/storage";
import { createNotices, type Notices } from "../notices";
import { openFragment } from "../open-fragment";
import { createBodyStore, type BodyStore } from "./body-store";
import { createTargetStore, type TargetStore } from "./target-store";
import { createDraftKeeper, createHistoryStore, type HistoryStore } from "./history-store";

export type { ItemsIndex } from "./body-store";

/** The page's state: three stores with one job each, and the one request value built from them. */
export interface AppState {
  /** The body text and its validation. */
  readonly body: BodyStore;
  /** Where a send goes, and the token bound to it. */
  readonly target: TargetStore;
  /** What was sent, and the drafts kept when something else is opened. */
  readonly history: HistoryStore;
  /** The one request value (reactive): send, curl, snippets and the "request as sent" view take this. */
  readonly request: Accessor<BuildResult>;
  /** The request as it is now: the editor's unpublished keystrokes go in first. Read this before acting on the request. */
  requestNow(): BuildResult;
  readonly notices: Notices;
  readonly storage: PlaygroundStorage;
}

/**
 * Creates the page's state. The first body is, in order: what the user typed in the page shell
 * before the app loaded, a permalink in the URL fragment, the draft saved on this device, the
 * documented example.
 */
export function createAppState(location: { hash: string } = globalThis.location, typedBeforeStart?: string): AppState {
  const notices = createNotices();
  const storage = createStorage({ onStorageProblem: (message) => notices.notify(message, "warning") });
  const draft = storage.loadDraft();
  const drafts = createDraftKeeper(storage, notices);
  // The stores tell the drafts keeper of each change; it writes body and target together after a pause.
  const saveDraft = () => drafts.schedule({ bodyText: body.pendingText(), target: target.settings() });
  const body = createBodyStore(draft?.bodyText ?? documentedExampleText, saveDraft);
  const target = createTargetStore(storage, draft?.target ?? defaultTargetSettings, saveDraft);
  globalThis.addEventListener?.("pagehide", () => {
    body.current();
    drafts.flush();
  });

  const request = createMemo(() => {
    const origin = target.sandboxOrigin();
    const input = { target: target.settings(), token: target.credentials.tokenForRequest(), bodyText: body.text() };
    return buildRequest(origin === undefined ? input : { ...input, sandboxOrigin: origin });
  });
  const state: AppState = {
    body,
    target,
    history: createHistoryStore({ storage, notices, body, target, request }),
    request,
    requestNow() {
      body.current();
      return request();
    },
    notices,
    storage,
  };

  openFragment(location.hash, state);
  // Typed into the page shell's plain-text body before the app had loaded (src/ui/stand-in.ts).
  if (typedBeforeStart !== undefined) body.typeBeforeEditor(typedBeforeStart);
  globalThis.addEventListener?.("hashchange", () => openFragment(globalThis.location.hash, state));
  // An opened link already set (and sent) the body.
  body.validateFirstBody();
  return state;
}
