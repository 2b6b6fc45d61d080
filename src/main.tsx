import { render } from "solid-js/web";
import { App } from "./ui/App";
import "./ui/styles.css";

const root = document.getElementById("app");
if (!root) throw new Error("index.html has no #app element");
render(() => <App />, root);
