import { render } from "solid-js/web";
import { App } from "./ui/App";
import "./ui/styles.css";
import "./ui/shell.css";

const root = document.getElementById("app");
if (!root) throw new Error("index.html has no #app element");
// index.html's static shell (scripts/startup-shell.ts) stood in until now.
root.replaceChildren();
render(() => <App />, root);
