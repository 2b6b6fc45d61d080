import { Index, Show } from "solid-js";
import type { FormSession } from "./form-session";

/**
 * The validator's problems at one path, worded exactly as the Problems panel words them (they
 * are the same objects), so the panel and the form never disagree.
 */
export function FieldProblems(props: { session: FormSession; pathText: string; id?: string }) {
  const problems = () => props.session.problemsAt(props.pathText);
  return (
    <Show when={problems().length > 0}>
      <ul class="field-problems" id={props.id}>
        {/* By position: each validation brings new objects, mostly with the same words. */}
        <Index each={problems()}>
          {(problem) => (
            <li class={problem().severity}>
              <span class="severity">{problem().severity}</span> {problem().message}
            </li>
          )}
        </Index>
      </ul>
    </Show>
  );
}

/** Whether the validator reports an error (not just a warning) at this path: the input's aria-invalid. */
export function hasErrorAt(session: FormSession, pathText: string): boolean {
  return session.problemsAt(pathText).some((problem) => problem.severity === "error");
}
