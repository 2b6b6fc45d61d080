/** A replacement of `length` characters at `offset` by `text`, against the current body text. */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/**
 * What the rest of the page may ask of the body editor. Edits go through the editor so that
 * they land on its undo stack (Ctrl+Z undoes a form edit).
 */
export interface EditorHandle {
  /** Moves the cursor to `offset`, selects `length` characters and scrolls them into view. */
  select(offset: number, length: number): void;
  /** Applies edits as one undoable step. */
  applyEdits(edits: readonly TextEdit[]): void;
  /** Replaces the whole text as one undoable step (loading a permalink, history, import). */
  replaceAll(text: string): void;
  focus(): void;
  /** Runs the editor's "Format Document". */
  format(): void;
  /**
   * Publishes typing not yet published (large bodies are read after a short pause): call before
   * anything that sends, copies or shares the text.
   */
  flush(): void;
}
