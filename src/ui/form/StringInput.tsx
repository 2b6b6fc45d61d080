import { createSignal, Show, untrack, type Accessor } from "solid-js";
import { stringCounter } from "../../core/form/string-counter";
import { syncInputWithModel } from "./sync-input";

/**
 * A string field. With a documented `maxLength` it shows a live counter (`12 / 20`, counted in
 * code points as the validator counts) that turns to an error at the limit. Over-long text is
 * still written, so nothing typed is lost; the validator then reports it like the editor does.
 */
export function StringInput(props: {
  id: string;
  describedBy: string;
  value: Accessor<string>;
  maxLength: number | undefined;
  invalid: boolean;
  write: (value: string) => void;
}) {
  let input!: HTMLInputElement;
  const [typed, setTyped] = createSignal(untrack(props.value));
  syncInputWithModel(
    () => input,
    props.value,
    (text, value) => text === value,
    undefined,
    () => setTyped(input.value),
  );
  const counter = () => (props.maxLength === undefined ? undefined : stringCounter(typed(), props.maxLength));
  const counterId = `${props.id}-counter`;
  const write = (value: string) => {
    setTyped(value);
    props.write(value);
  };
  return (
    <>
      <input
        ref={input}
        id={props.id}
        type="text"
        autocomplete="off"
        spellcheck={false}
        aria-invalid={props.invalid || (counter()?.overLimit ?? false)}
        aria-describedby={counter() ? `${counterId} ${props.describedBy}` : props.describedBy}
        onInput={(event) => {
          // Mid-composition text (IME) is not a value yet: it is written when composition ends.
          if (event.isComposing) return;
          write(event.currentTarget.value);
        }}
        onCompositionEnd={(event) => write(event.currentTarget.value)}
      />
      <Show when={counter()}>
        {(count) => (
          <span class="counter" classList={{ "at-limit": count().atLimit }} id={counterId} data-testid="string-counter">
            {count().label}
            <Show when={count().atLimit}>
              <span class="limit-note" aria-live="polite">
                {count().overLimit ? ` — ${count().length - count().max} over the limit of ${count().max}` : ` — at the limit of ${count().max}`}
              </span>
            </Show>
          </span>
        )}
      </Show>
    </>
  );
}
