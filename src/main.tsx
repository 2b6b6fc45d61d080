import { render } from "solid-js/web";
import { App } from "./ui/App";
import { UpdateNotice } from "./ui/UpdateNotice";
import "./ui/tokens.css";
import "./ui/styles.css";
import "./ui/shell.css";
import { whenShellCheckAnswered } from "./services/early-validation-worker";
import { carryStandIn, readStandIn } from "./ui/stand-in";
import { shellBodyId } from "./shell/shell-ids";

/**
 * Longest the first render waits for the shell's check: only a worker that never answers reaches
 * it (a body under 200,000 characters is checked in well under a second, even on a loaded machine).
 */
const shellCheckWaitLimitMs = 2_000;

function start(): void {
  const root = document.getElementById("app");
  if (!root) throw new Error("index.html has no #app element");
  // index.html's static shell (scripts/startup-shell.ts) stood in until now; what was typed into
  // its body, and where, carries over to the app's.
  const shellBody = document.getElementById(shellBodyId);
  if (shellBody instanceof HTMLTextAreaElement) carryStandIn(readStandIn(shellBody));
  root.replaceChildren();
  render(() => <App />, root);

  // The service worker exists only in a build (scripts/service-worker.ts): offline use and repeat visits.
  if (import.meta.env.PROD) {
    const updates = document.createElement("div");
    document.body.append(updates);
    render(() => <UpdateNotice />, updates);
  }
}

// The shell (src/shell/paint-shell.ts) has just started the validation worker. The browser starts
// a worker's thread from this main thread, so the first render (hundreds of ms on a slow CPU)
// waits until the worker has answered and the shell shows the count. (Not a top-level await: that
// changes how the bundler splits chunks.)
void whenShellCheckAnswered(shellCheckWaitLimitMs).then(start);
