import { Index, Show, createMemo } from "solid-js";
import { basisText, validatorRule } from "../endpoint/rules";
import type { AppState } from "./app-state";

/** How many problems are listed; the count always covers all of them. */
const listedLimit = 200;

/** The validator's findings: a count, then each problem with its path; a click jumps there. */
export function ProblemsPanel(props: { state: AppState }) {
  const result = () => props.state.validation();
  const summary = createMemo(() => {
    const r = result();
    if (!r) return "Checking…";
    if (r.problems.length === 0) return "No problems";
    const parts = [];
    if (r.errors > 0) parts.push(`${r.errors} ${r.errors === 1 ? "error" : "errors"}`);
    if (r.warnings > 0) parts.push(`${r.warnings} ${r.warnings === 1 ? "warning" : "warnings"}`);
    return parts.join(", ");
  });

  return (
    <section class="panel problems" aria-label="Problems">
      <header class="panel-header">
        <h2>Problems</h2>
        <span class="count" role="status" data-testid="problems-count">
          {summary()}
        </span>
      </header>
      <Show when={result()?.problems.length}>
        <ul class="problem-list">
          {/* Keyed by position: typing moves problems (new objects) without changing most rows,
              and only the text that differs is rewritten, not the whole list. */}
          <Index each={result()?.problems.slice(0, listedLimit)}>
            {(problem) => (
              <li class={problem().severity}>
                <button
                  type="button"
                  onClick={() => props.state.editor()?.select(problem().offset, problem().length)}
                  title="Show in the editor"
                >
                  <span class="severity">{problem().severity}</span>
                  <code class="path">{problem().pathText}</code>
                  <span class="message">{problem().message}</span>
                  <span class="basis muted" title={basisOf(problem().code)}> ({validatorRule(problem().code)?.basis.kind ?? "assumed"})</span>
                </button>
              </li>
            )}
          </Index>
        </ul>
        <Show when={(result()?.problems.length ?? 0) > listedLimit}>
          <p class="more">…and {(result()?.problems.length ?? 0) - listedLimit} more.</p>
        </Show>
      </Show>
    </section>
  );
}

/** The basis of the rule behind a problem, as its tooltip says it. */
function basisOf(code: string): string {
  const rule = validatorRule(code);
  return rule === undefined ? "assumed — no basis recorded" : basisText(rule);
}
