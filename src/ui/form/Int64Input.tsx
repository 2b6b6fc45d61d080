import { createSignal, Show, type Accessor } from "solid-js";
import { checkInt64Input } from "../../core/form/int64-input";
import { syncInputWithModel } from "./sync-input";

/**
 * A 64-bit integer as text (`inputmode="numeric"`, never `type="number"`, which rounds past
 * 2^53). Every keystroke that leaves a valid integer writes it; anything else stays in the input
 * with the reason, and the body is left as it was.
 */
export function Int64Input(props: {
  id: string;
  describedBy: string;
  literal: Accessor<string>;
  invalid: boolean;
  write: (digits: string) => void;
}) {
  let input!: HTMLInputElement;
  const [typingError, setTypingError] = createSignal<string>();
  const errorId = `${props.id}-typing`;
  syncInputWithModel(
    () => input,
    props.literal,
    (typed, literal) => {
      const checked = checkInt64Input(typed);
      return checked.ok && checked.digits === literal;
    },
    undefined,
    () => setTypingError(undefined),
  );
  return (
    <>
      <input
        ref={input}
        id={props.id}
        class="int64-input"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck={false}
        aria-invalid={typingError() !== undefined || props.invalid}
        aria-describedby={typingError() === undefined ? props.describedBy : `${errorId} ${props.describedBy}`}
        onInput={(event) => {
          const checked = checkInt64Input(event.currentTarget.value);
          if (!checked.ok) {
            setTypingError(checked.error);
            return;
          }
          setTypingError(undefined);
          props.write(checked.digits);
        }}
      />
      <Show when={typingError()}>
        {(error) => (
          <span class="typing-error" id={errorId} aria-live="polite">
            {error()} (not written to the body)
          </span>
        )}
      </Show>
    </>
  );
}
