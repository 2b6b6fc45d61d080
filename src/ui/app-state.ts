import { createSignal, type Accessor } from "solid-js";
import { documentedExampleText } from "../endpoint/example";
import type { ValidationResult } from "../core/validation/validate-body";
import { createValidationClient } from "../services/validation-client";
import type { EditorHandle } from "./editor-handle";

export interface AppState {
  /** The body text: the one string that is sent, copied and shared byte for byte. */
  readonly bodyText: Accessor<string>;
  /** Called by the editor on every change (the editor owns the text once it exists). */
  setBodyText(text: string): void;
  readonly validation: Accessor<ValidationResult | undefined>;
  /** How long the worker took for the latest result, for the status line and the benchmark. */
  readonly validationMs: Accessor<number | undefined>;
  readonly editor: Accessor<EditorHandle | undefined>;
  setEditor(handle: EditorHandle | undefined): void;
}

/** Creates the page's state: body text, its validation, and the editor once it has loaded. */
export function createAppState(initialText: string = documentedExampleText): AppState {
  const [bodyText, setBody] = createSignal(initialText);
  const [validation, setValidation] = createSignal<ValidationResult>();
  const [validationMs, setValidationMs] = createSignal<number>();
  const [editor, setEditor] = createSignal<EditorHandle>();
  const validator = createValidationClient(({ result, elapsedMs }) => {
    setValidation(result);
    setValidationMs(elapsedMs);
  });
  validator.validate(initialText);
  return {
    bodyText,
    setBodyText(text) {
      setBody(text);
      validator.validate(text);
    },
    validation,
    validationMs,
    editor,
    setEditor: (handle) => setEditor(() => handle),
  };
}
