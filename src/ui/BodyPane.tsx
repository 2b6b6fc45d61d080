import { createSignal, Show, type Accessor } from "solid-js";
import type { AppState } from "./app-state";
import { EditorPanel } from "./EditorPanel";
import { FormPanel } from "./form/FormPanel";
import { ProblemsPanel } from "./ProblemsPanel";

type View = "editor" | "form";

/**
 * The body, as JSON text or as a form, with its problems underneath. The editor stays mounted
 * while the form shows: form edits go through it, onto its undo stack.
 */
export function BodyPane(props: { state: AppState; theme: Accessor<"light" | "dark">; hidden?: boolean }) {
  const [view, setView] = createSignal<View>("editor");
  const tab = (id: View, label: string) => (
    <button
      type="button"
      role="tab"
      id={`body-tab-${id}`}
      aria-selected={view() === id}
      aria-controls={`body-view-${id}`}
      tabindex={view() === id ? 0 : -1}
      onClick={() => setView(id)}
      onKeyDown={(event) => {
        if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
          const next: View = view() === "editor" ? "form" : "editor";
          setView(next);
          document.getElementById(`body-tab-${next}`)?.focus();
        }
      }}
    >
      {label}
    </button>
  );
  return (
    <section class="body-pane" aria-label="Body" hidden={props.hidden}>
      <div class="tabs" role="tablist" aria-label="Body view">
        {tab("editor", "JSON")}
        {tab("form", "Form")}
      </div>
      <div class="body-views">
        <div id="body-view-editor" role="tabpanel" aria-labelledby="body-tab-editor" class="body-view" hidden={view() !== "editor"}>
          <EditorPanel state={props.state} theme={props.theme} />
        </div>
        <Show when={view() === "form"}>
          <div id="body-view-form" role="tabpanel" aria-label="Form" class="body-view form-view">
            <FormPanel state={props.state} />
          </div>
        </Show>
      </div>
      <ProblemsPanel state={props.state} />
    </section>
  );
}
