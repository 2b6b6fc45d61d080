import { createEffect, createSignal, on, Show } from "solid-js";
import { createAppState } from "./state/app-state";
import { carriedStandIn } from "./stand-in";
import { BodyPane } from "./BodyPane";
import { useKeyboardShortcuts } from "./keyboard-shortcuts";
import { NoticeList } from "./NoticeList";
import { OutputPane } from "./OutputPane";
import { createPreferencesState } from "./state/preferences-state";
import { createSendController } from "./send-controller";
import { Splitter } from "./Splitter";
import { TargetBar } from "./TargetBar";
import { ThemeToggle } from "./ThemeToggle";
import { createFieldFocus } from "./DocsPanel";
import { ReferenceDialog } from "./ReferenceDialog";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { createEnvironmentsState } from "./state/environments-state";
import { EnvironmentControl, SendDestination } from "./EnvironmentControl";

type NarrowView = "body" | "output";

/**
 * The page: the target bar on top, the body and its problems on the left, output on the right,
 * with a splitter between them; below 900 px the two sides become tabs.
 */
export function App() {
  // A link in the address bar wins over the last environment's settings.
  const openedByLink = location.hash.length > 1;
  const environments = createEnvironmentsState(createAppState(location, carriedStandIn()?.editedText), { applyOnLoad: !openedByLink });
  const state = environments.state;
  const prefs = createPreferencesState(state.storage);
  const sender = environments.guard(createSendController(state));
  const [narrowView, setNarrowView] = createSignal<NarrowView>("body");
  // On a phone the answer lands on the other tab: its tab says so until it is opened.
  const [unseenAnswer, setUnseenAnswer] = createSignal(false);
  createEffect(on(sender.result, (result) => {
    if (result && prefs.narrow() && narrowView() !== "output") setUnseenAnswer(true);
  }, { defer: true }));
  createEffect(() => {
    if (narrowView() === "output") setUnseenAnswer(false);
  });
  // Remembered on this device: from the next visit on, the first-screen line stays away.
  createEffect(on(sender.result, (result) => {
    if (result) prefs.markSent();
  }, { defer: true }));
  const focus = createFieldFocus();
  /** Copy permalink's own action, handed over by its button when it is created. */
  let copyPermalink: () => void = () => undefined;
  useKeyboardShortcuts({
    send: () => sender.send(),
    cancel: () => {
      if (sender.phase().kind === "idle") return false;
      sender.cancel();
      return true;
    },
    copyPermalink: () => copyPermalink(),
    format: () => state.body.editor()?.format(),
  });
  const columns = () => (prefs.narrow() ? "minmax(0, 1fr)" : `minmax(0, ${prefs.bodyPanePercent()}fr) 6px minmax(0, ${100 - prefs.bodyPanePercent()}fr)`);
  const narrowTab = (view: NarrowView, label: string, badge?: () => boolean) => (
    <button type="button" role="tab" aria-selected={narrowView() === view} onClick={() => setNarrowView(view)}>
      {label}
      <Show when={badge?.()}>
        {/* Part of the tab's name while shown, so a screen reader hears it too. */}
        <span class="tab-badge" data-testid="new-answer-badge">
          <span class="visually-hidden">, </span>new answer
        </span>
      </Show>
    </button>
  );
  return (
    <div class="app">
      <TargetBar state={state} sender={sender}
        onCopyPermalinkAction={(copy) => (copyPermalink = copy)}
        environment={<EnvironmentControl environments={environments} notices={state.notices} />}
        destination={<SendDestination environments={environments} />}
        tools={
          <>
            <ReferenceDialog />
            <ShortcutsDialog />
            <ThemeToggle prefs={prefs} />
          </>
        } />
      <NoticeList notices={state.notices} />
      <Show when={prefs.narrow()}>
        <div class="tabs narrow-tabs" role="tablist" aria-label="Pane">
          {narrowTab("body", "Body")}
          {narrowTab("output", "Response and curl", unseenAnswer)}
        </div>
      </Show>
      <main class="workspace" style={{ "grid-template-columns": columns() }}>
        <BodyPane
          state={state}
          theme={prefs.theme}
          focus={focus}
          editorPercent={prefs.editorPanePercent}
          onEditorPercent={(p) => prefs.setEditorPanePercent(p)}
          hidden={prefs.narrow() && narrowView() !== "body"}
        />
        <Show when={!prefs.narrow()}>
          <Splitter percent={prefs.bodyPanePercent} onChange={(p) => prefs.setBodyPanePercent(p)} label="Resize the body and output panes" />
        </Show>
        <OutputPane state={state} sender={sender} focus={focus} hasSent={prefs.hasSent} hidden={prefs.narrow() && narrowView() !== "output"} />
      </main>
    </div>
  );
}
