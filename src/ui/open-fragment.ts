import { decodePermalink } from "../core/permalink/permalink";
import type { AppState } from "./state/app-state";

/**
 * Opens what the URL fragment holds, on a fresh load and when a link is pasted into the address
 * bar of an open tab (`hashchange`), by the same rules. The app uses no fragment for its own
 * navigation, so every non-empty fragment is either opened or answered with a message.
 */
export function openFragment(hash: string, state: AppState): void {
  if (hash === "" || hash === "#") return;
  const decoded = decodePermalink(hash);
  if (decoded.ok) {
    state.history.openShared(decoded.state, "opening a shared link");
    forgetFragment();
    return;
  }
  if (decoded.problem === "empty") return;
  const unchanged = "Your body and settings are unchanged.";
  const held = decoded.state;
  if (held !== undefined) {
    state.notices.notify(`This link could not be opened as it is: ${decoded.message} ${unchanged}`, "error", [
      {
        label: "Open it anyway",
        run: () => {
          state.history.openShared(held, "opening a shared link");
          forgetFragment();
        },
      },
    ]);
  } else {
    state.notices.notify(`This link could not be opened: ${decoded.message} ${unchanged}`, "error");
  }
  // A link that failed stays in the address bar, where it can be seen and corrected.
}

/** The link has done its job: from now on the draft is the truth, so a reload keeps later edits. */
function forgetFragment(): void {
  globalThis.history?.replaceState(null, "", globalThis.location.pathname + globalThis.location.search);
}
