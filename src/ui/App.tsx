import { createAppState } from "./app-state";
import { EditorPanel } from "./EditorPanel";
import { ProblemsPanel } from "./ProblemsPanel";
import { endpoint } from "../endpoint/descriptor";

/** The page: the target bar on top, the body and its problems on the left, output on the right. */
export function App() {
  const state = createAppState();
  return (
    <div class="app">
      <header class="top-bar">
        <h1>
          Sync Data Playground <span class="subtitle">{endpoint.method} …/{endpoint.version}{endpoint.resourcePath}</span>
        </h1>
      </header>
      <main class="workspace">
        <section class="body-pane" aria-label="Body">
          <EditorPanel state={state} />
          <ProblemsPanel state={state} />
        </section>
        <section class="output-pane" aria-label="Output" />
      </main>
    </div>
  );
}
