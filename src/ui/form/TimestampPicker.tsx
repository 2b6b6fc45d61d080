import { type Accessor } from "solid-js";
import { epochMsToLocalInput, localInputToEpochMs } from "../../core/form/epoch-ms";
import { syncInputWithModel } from "./sync-input";
import { browserTimezoneOffset, describeBrowserZone } from "./time-zone";

/**
 * A date-time picker in the person's time zone for a millisecond timestamp, with the instant in
 * UTC and the 13-digit number it writes both in view, so seconds and milliseconds cannot be
 * confused. The number itself stays editable in the field's own input.
 */
export function TimestampPicker(props: {
  id: string;
  name: string;
  literal: Accessor<string>;
  isoUtc: Accessor<string | undefined>;
  write: (digits: string) => void;
}) {
  let picker!: HTMLInputElement;
  const pickerId = `${props.id}-picker`;
  const readoutId = `${props.id}-readout`;
  syncInputWithModel(
    () => picker,
    props.literal,
    (text, literal) => text !== "" && localInputToEpochMs(text, browserTimezoneOffset) === literal,
    (literal) => epochMsToLocalInput(literal, browserTimezoneOffset) ?? "",
  );
  const zone = () => describeBrowserZone(Number(props.literal()) || Date.now());
  const digits = () => props.literal().replace(/^-/, "").length;
  return (
    <div class="timestamp">
      <label for={pickerId}>
        {props.name}, local time <span class="zone">({zone()})</span>
      </label>
      <input
        ref={picker}
        id={pickerId}
        type="datetime-local"
        step="0.001"
        aria-describedby={readoutId}
        onInput={(event) => {
          // An incomplete date reads as "": nothing to write yet.
          const ms = localInputToEpochMs(event.currentTarget.value, browserTimezoneOffset);
          if (ms !== undefined) props.write(ms);
        }}
      />
      <p class="timestamp-readout" id={readoutId}>
        UTC <span class="mono" data-testid="timestamp-utc">{props.isoUtc() ?? "not a date"}</span> · milliseconds since 1970{" "}
        <span class="mono" data-testid="timestamp-ms">{props.literal()}</span> ({digits()} digits)
      </p>
    </div>
  );
}
