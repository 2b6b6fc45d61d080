import { createAppState } from "./app-state";
import { BodyPane } from "./BodyPane";
import { useKeyboardShortcuts } from "./keyboard-shortcuts";
import { NoticeList } from "./NoticeList";
import { OutputPane } from "./OutputPane";
import { createSendController } from "./send-controller";
import { TargetBar } from "./TargetBar";

/** The page: the target bar on top, the body and its problems on the left, output on the right. */
export function App() {
  const state = createAppState();
  const sender = createSendController(state);
  useKeyboardShortcuts({
    send: () => sender.send(),
    cancel: () => {
      if (sender.phase().kind === "idle") return false;
      sender.cancel();
      return true;
    },
    copyPermalink: () => document.getElementById("copy-permalink")?.click(),
  });
  return (
    <div class="app">
      <TargetBar state={state} sender={sender} />
      <NoticeList notices={state.notices} />
      <main class="workspace">
        <BodyPane state={state} />
        <OutputPane state={state} sender={sender} />
      </main>
    </div>
  );
}
