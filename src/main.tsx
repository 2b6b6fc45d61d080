import { render } from "solid-js/web";
import { App } from "./ui/App";
import { UpdateNotice } from "./ui/UpdateNotice";
import "./ui/tokens.css";
import "./ui/styles.css";
import "./ui/shell.css";

const root = document.getElementById("app");
if (!root) throw new Error("index.html has no #app element");
// index.html's static shell (scripts/startup-shell.ts) stood in until now.
root.replaceChildren();
render(() => <App />, root);

// The service worker exists only in a build (scripts/service-worker.ts): offline use and repeat visits.
if (import.meta.env.PROD) {
  const updates = document.createElement("div");
  document.body.append(updates);
  render(() => <UpdateNotice />, updates);
}
