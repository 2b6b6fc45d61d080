import { createSignal, For, Show, type Accessor } from "solid-js";
import { fieldDocs } from "../core/docs/field-docs";
import { formatPath, type JsonPath } from "../core/json/json-path";
import "./panels.css";

/** The field the user is on, in the editor (cursor) or the form (focus): what the docs panel documents. */
export interface FieldFocus {
  readonly path: Accessor<JsonPath | undefined>;
  setPath(path: JsonPath | undefined): void;
}

/** A shared "field under the cursor"; setting the same path again notifies nobody. */
export function createFieldFocus(): FieldFocus {
  const [path, setPath] = createSignal<JsonPath | undefined>(undefined, { equals: samePath });
  return { path, setPath: (next) => setPath(() => next) };
}

function samePath(a: JsonPath | undefined, b: JsonPath | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

/** The description, type, limits and example of the focused field, all from the schema. */
export function DocsPanel(props: { focus: FieldFocus }) {
  return (
    <section class="panel docs-panel" aria-label="Field documentation">
      <header class="panel-header">
        <h2>Field documentation</h2>
      </header>
      <Show
        when={props.focus.path()}
        fallback={<p class="muted">Put the cursor on a field in the editor, or focus a field in the form, to see its description, type and limits here.</p>}
      >
        {(path) => (
          <Show
            when={fieldDocs(path())}
            fallback={
              <p class="warning">
                <code>{formatPath(path())}</code> is not in the endpoint's documentation: SHOPLINE describes no such field (check its spelling).
              </p>
            }
          >
            {(docs) => (
              <div class="field-docs" data-testid="field-docs">
                <p class="docs-heading">
                  <code class="docs-name">{docs().name}</code> <span class="docs-type">{docs().type}</span>
                </p>
                <p class="docs-path muted">
                  <code>{docs().pathText}</code>
                </p>
                <p class="docs-description">{docs().description}</p>
                <dl class="docs-facts">
                  <Show when={docs().limits.length > 0}>
                    <dt>Limits</dt>
                    <dd>
                      <ul>
                        <For each={docs().limits}>{(limit) => <li>{limit}</li>}</For>
                      </ul>
                    </dd>
                  </Show>
                  <Show when={docs().enumOptions.length > 0}>
                    <dt>Values</dt>
                    <dd>
                      <ul>
                        <For each={docs().enumOptions}>
                          {(option) => (
                            <li>
                              <code>{String(option.value)}</code> {option.label}
                            </li>
                          )}
                        </For>
                      </ul>
                    </dd>
                  </Show>
                  <Show when={docs().rules.length > 0}>
                    <dt>Rules</dt>
                    <dd>
                      <ul class="docs-rules">
                        <For each={docs().rules}>{(rule) => <li>{rule}</li>}</For>
                      </ul>
                    </dd>
                  </Show>
                  <Show when={docs().example}>
                    {(example) => (
                      <>
                        <dt>Example</dt>
                        <dd>
                          <code>{example()}</code>
                        </dd>
                      </>
                    )}
                  </Show>
                  <Show when={docs().publishedExample}>
                    {(published) => (
                      <>
                        <dt>Published example</dt>
                        <dd>
                          <code>{published().text}</code> <span class="warning">{published().note}</span>
                        </dd>
                      </>
                    )}
                  </Show>
                </dl>
              </div>
            )}
          </Show>
        )}
      </Show>
    </section>
  );
}
