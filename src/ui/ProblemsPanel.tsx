import { createMemo, createSignal, Index, onCleanup, Show, type Accessor } from "solid-js";
import { basisText, validatorRule } from "../endpoint/rules";
import type { AppState } from "./state/app-state";
import { problemsSummary, type Problem } from "../core/validation/problem";
import { groupProblemsByPattern, locatePosition, patternHeadline, stepProblem, type ProblemPattern } from "../core/validation/problem-patterns";

/** How many instances an opened group lists at first, and "Show more" adds; next/previous reach past them. */
const instancePage = 100;

/**
 * The validator's findings: a count and next/previous (F8, Shift+F8) in a header that stays in
 * view, then one line per finding — the same finding in many items (a pattern) is one line,
 * expandable to every instance. A click, or next/previous, shows the problem where the body is
 * shown (`onShow`: the editor or the form).
 */
export function ProblemsPanel(props: { state: AppState; onShow: (problem: Problem) => void }) {
  const result = () => props.state.body.validation();
  const problems = () => result()?.problems ?? [];
  const groups = createMemo(() => groupProblemsByPattern(problems()));
  const [open, setOpen] = createSignal<ReadonlyMap<string, number>>(new Map());
  /** The problem last shown, as its place in the flat list (text order). */
  const [current, setCurrent] = createSignal<number>();
  let list: HTMLUListElement | undefined;

  const shownCount = (key: string) => open().get(key) ?? 0;
  const setShown = (key: string, count: number) =>
    setOpen((previous) => {
      const next = new Map(previous);
      if (count > 0) next.set(key, count);
      else next.delete(key);
      return next;
    });

  const show = (position: number) => {
    const problem = problems()[position];
    if (!problem) return;
    setCurrent(position);
    props.onShow(problem);
  };

  const step = (direction: 1 | -1) => {
    const position = stepProblem(problems().length, current(), direction);
    if (position === undefined) return;
    // Open the problem's group far enough to list it, so the list shows where it is.
    const found = locatePosition(groups(), position);
    const group = found && groups()[found.group];
    if (found && group && group.problems.length > 1 && shownCount(group.key) <= found.instance) {
      setShown(group.key, Math.ceil((found.instance + 1) / instancePage) * instancePage);
    }
    show(position);
    list?.querySelector(`[data-position="${position}"]`)?.scrollIntoView({ block: "nearest" });
  };

  // F8 / Shift+F8 outside the editor (Monaco binds them to its own markers inside it).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "F8" || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof Element && event.target.closest(".monaco-editor")) return;
    if (problems().length === 0) return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  };
  window.addEventListener("keydown", onKeyDown);
  onCleanup(() => window.removeEventListener("keydown", onKeyDown));

  const summary = createMemo(() => problemsSummary(result()));

  return (
    <section class="panel problems" aria-label="Problems">
      <header class="panel-header problems-header">
        <h2>Problems</h2>
        <span class="count" role="status" data-testid="problems-count">
          {summary()}
        </span>
        <Show when={problems().length > 1}>
          <span class="problem-nav">
            <button type="button" aria-keyshortcuts="Shift+F8" title="Previous problem (Shift+F8)" onClick={() => step(-1)}>
              Previous problem
            </button>
            <button type="button" aria-keyshortcuts="F8" title="Next problem (F8)" onClick={() => step(1)}>
              Next problem
            </button>
            <Show when={current() !== undefined && (current() ?? 0) < problems().length}>
              <span class="muted" data-testid="problem-position">
                {((current() ?? 0) + 1).toLocaleString("en")} of {problems().length.toLocaleString("en")}
              </span>
            </Show>
          </span>
        </Show>
      </header>
      <Show when={problems().length > 0}>
        <ul class="problem-list" ref={list}>
          {/* Keyed by position: typing moves problems (new objects) without changing most rows,
              and only the text that differs is rewritten, not the whole list. */}
          <Index each={groups()}>
            {(group) => (
              <Show
                when={group().problems.length > 1}
                fallback={<ProblemRow problem={() => group().problems[0]} position={() => group().positions[0] ?? 0} current={current} onShow={show} />}
              >
                <PatternRow group={group} shown={() => shownCount(group().key)} setShown={(count) => setShown(group().key, count)} current={current} onShow={show} />
              </Show>
            )}
          </Index>
        </ul>
      </Show>
    </section>
  );
}

/** One finding: severity, path and message; a click shows it. */
function ProblemRow(props: { problem: Accessor<Problem | undefined>; position: Accessor<number>; current: Accessor<number | undefined>; onShow: (position: number) => void }) {
  return (
    <Show when={props.problem()}>
      {(problem) => (
        <li class={problem().severity}>
          <button
            type="button"
            data-position={props.position()}
            aria-current={props.current() === props.position() ? "true" : undefined}
            onClick={() => props.onShow(props.position())}
            title="Show in the body"
          >
            <span class="severity">{problem().severity}</span>
            <code class="path">{problem().pathText}</code>
            <span class="message">{problem().message}</span>
            <span class="basis muted" title={basisOf(problem().code)}> ({validatorRule(problem().code)?.basis.kind ?? "assumed"})</span>
          </button>
        </li>
      )}
    </Show>
  );
}

/** The same finding in many places: one line with the count, opening onto the instances (a page at a time). */
function PatternRow(props: {
  group: Accessor<ProblemPattern>;
  shown: Accessor<number>;
  setShown: (count: number) => void;
  current: Accessor<number | undefined>;
  onShow: (position: number) => void;
}) {
  const count = () => props.group().problems.length;
  const listed = createMemo(() => props.group().problems.slice(0, props.shown()));
  return (
    <li class={`problem-pattern ${props.group().severity}`}>
      <button type="button" class="pattern-toggle" aria-expanded={props.shown() > 0} onClick={() => props.setShown(props.shown() > 0 ? 0 : instancePage)}>
        <span class="severity">
          <span class="twisty" aria-hidden="true" />
          {props.group().severity}
        </span>
        <span class="message">{patternHeadline(props.group())}</span>
        <span class="basis muted" title={basisOf(props.group().problems[0]?.code ?? "")}> ({validatorRule(props.group().problems[0]?.code ?? "")?.basis.kind ?? "assumed"})</span>
      </button>
      <Show when={props.shown() > 0}>
        <ul class="problem-list instances">
          <Index each={listed()}>
            {(problem, i) => <ProblemRow problem={problem} position={() => props.group().positions[i] ?? 0} current={props.current} onShow={props.onShow} />}
          </Index>
        </ul>
        <Show when={listed().length < count()}>
          <button type="button" class="more" onClick={() => props.setShown(props.shown() + instancePage)}>
            Show {Math.min(instancePage, count() - listed().length).toLocaleString("en")} more (of {count().toLocaleString("en")})
          </button>
        </Show>
      </Show>
    </li>
  );
}

/** The basis of the rule behind a problem, as its tooltip says it. */
function basisOf(code: string): string {
  const rule = validatorRule(code);
  return rule === undefined ? "assumed — no basis recorded" : basisText(rule);
}
