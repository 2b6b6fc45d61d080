import { createMemo, createSignal, untrack, type Accessor } from "solid-js";
import type { ValidationResult } from "../../core/validation/validate-body";
import type { ItemSpan } from "../../core/body/items-index";
import type { TextEdit } from "../../core/text/text-edit";
import { createValidationClient, type ValidationOutcome } from "../../services/validation-client";
import type { EditorHandle } from "../editor-handle";

/** The body text and what the validator says of it: one job, the text that is sent byte for byte. */
export interface BodyStore {
  /** The body text as last published (the editor publishes large bodies after a pause: see `current`). */
  readonly text: Accessor<string>;
  /** The body as it is now: the editor's unpublished keystrokes are published first. */
  current(): string;
  /** Sets the body from outside the editor (before it exists); it is validated whole. */
  setText(text: string): void;
  /** The user's typing in the plain-text stand-in before Monaco exists: it wins over a link waiting to replace the draft. */
  typeBeforeEditor(text: string): void;
  /** The editor's edits, reported as they happen: the validator follows them without the text. */
  editorEdited(edits: readonly TextEdit[], lengthAfter: number): void;
  /** The editor's text, published after its edits were reported (at once, or after a pause for large bodies). */
  publishEditorText(text: string): void;
  /** Replaces the body as the user would (through the editor's undo stack once it exists). */
  replace(text: string): void;
  /** The body as it will be once the editor mounts: a link opened before then replaces the draft as an undoable edit. */
  pendingText(): string;
  readonly validation: Accessor<ValidationResult | undefined>;
  /** How long the worker took for the latest result. */
  readonly validationMs: Accessor<number | undefined>;
  /** The latest validation with what the worker knows beyond problems (item spans). */
  readonly validationOutcome: Accessor<ValidationOutcome | undefined>;
  /** The validation of the text as it is now (at once when the latest result is for it). */
  whenValidated(): Promise<ValidationResult>;
  /** Where each item sits in `text`, a version of the body the validator has indexed. */
  readonly itemsIndex: Accessor<ItemsIndex | undefined>;
  readonly editor: Accessor<EditorHandle | undefined>;
  setEditor(handle: EditorHandle | undefined): void;
  /** Starts the validator on the first body, unless a body set since (an opened link) already did. */
  validateFirstBody(): void;
}

export interface ItemsIndex {
  readonly text: string;
  /** Undefined when the body has no items list. */
  readonly items: readonly ItemSpan[] | undefined;
}

/** `changed` hears every new body text (the drafts keeper saves it). */
export function createBodyStore(initialText: string, changed: (text: string) => void): BodyStore {
  const [text, setTextSignal] = createSignal(initialText);
  const [outcome, setOutcome] = createSignal<ValidationOutcome>();
  /** The validator's version of the text in `text` (the editor publishes after it reports edits). */
  const [textVersion, setTextVersion] = createSignal(0);
  const [editor, setEditor] = createSignal<EditorHandle>();

  /** Callers of whenValidated waiting for the result of the newest text. */
  const validatedWaiters: ((result: ValidationResult) => void)[] = [];
  const current = (): string => {
    editor()?.flush();
    return text();
  };
  const validator = createValidationClient({
    onResult: (latest) => {
      setOutcome(latest);
      const waiting = validatedWaiters.splice(0);
      for (const resolve of waiting) resolve(latest.result);
    },
    currentText: current,
  });

  // Spans and text must describe the same version; until they do, the last matching pair stands.
  const itemsIndex = createMemo<ItemsIndex | undefined>((previous) => {
    const latest = outcome();
    if (!latest || latest.version !== textVersion()) return previous;
    return { text: text(), items: latest.items?.() };
  });

  /**
   * A body opened before the editor exists, over a different draft: the editor starts with the
   * draft and then replaces it as an edit, so Ctrl+Z brings the draft back.
   */
  let replaceOnMount: string | undefined;

  const setText = (next: string): void => {
    setTextSignal(next);
    setTextVersion(validator.setText(next));
    changed(next);
  };

  return {
    text,
    current,
    setText,
    typeBeforeEditor(next) {
      replaceOnMount = undefined;
      setText(next);
    },
    editorEdited: (edits, lengthAfter) => void validator.edit(edits, lengthAfter),
    publishEditorText(next) {
      setTextSignal(next);
      setTextVersion(validator.version);
      changed(next);
    },
    replace(next) {
      const handle = editor();
      if (handle) handle.replaceAll(next);
      else if (next !== text()) replaceOnMount = next;
    },
    pendingText: () => replaceOnMount ?? text(),
    validation: createMemo(() => outcome()?.result),
    validationMs: () => outcome()?.elapsedMs,
    validationOutcome: outcome,
    whenValidated() {
      current();
      const latest = untrack(outcome);
      if (latest && latest.version === validator.version) return Promise.resolve(latest.result);
      return new Promise((resolve) => validatedWaiters.push(resolve));
    },
    itemsIndex,
    editor,
    setEditor(handle) {
      setEditor(() => handle);
      const pending = replaceOnMount;
      replaceOnMount = undefined;
      if (handle && pending !== undefined) handle.replaceAll(pending);
    },
    validateFirstBody() {
      if (validator.version === 0) setTextVersion(validator.setText(text()));
    },
  };
}
