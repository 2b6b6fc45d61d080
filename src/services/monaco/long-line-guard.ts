import type * as MonacoApi from "monaco-editor/editor/editor.api";
import type { JsonHelpSwitch } from "./json-help-switch";

/**
 * From this length a line makes Monaco's per-line features slow: bracket-pair colours and guides,
 * bracket matching and word highlights collect over the whole line on every render, and the JSON
 * tokenizer re-reads it on every keystroke (a 20 MB body on one line took seconds per keystroke).
 * Monarch's tokenizers stop at this same length.
 */
export const longLineChars = 20_000;

/** A body with a few lines checks each; a many-line body is judged by its average line. */
const linesCheckedOneByOne = 5_000;

export function hasLongLine(model: MonacoApi.editor.ITextModel): boolean {
  const lines = model.getLineCount();
  if (lines > linesCheckedOneByOne) return model.getValueLength() / lines > longLineChars;
  for (let line = 1; line <= lines; line++) if (model.getLineLength(line) > longLineChars) return true;
  return false;
}

/** The editor's features that scan whole lines: on for ordinary bodies, off while a line is very long. */
function lineScanOptions(on: boolean): MonacoApi.editor.IEditorOptions {
  return {
    bracketPairColorization: { enabled: on },
    guides: { bracketPairs: on, indentation: on, highlightActiveIndentation: on },
    matchBrackets: on ? "always" : "never",
    occurrencesHighlight: on ? "singleFile" : "off",
    selectionHighlight: on,
    colorDecorators: on,
    links: on,
    // Asking whether to suggest reads the word at the cursor out of the whole line.
    quickSuggestions: on,
    suggestOnTriggerCharacters: on,
    // The browser's EditContext is handed the cursor's whole line on every keystroke (20 MB for a
    // one-line body); the textarea input Monaco falls back to holds at most 500 characters of it.
    editContext: on,
  };
}

/**
 * Switches the whole-line features off while the body has a very long line, and back on once it
 * has none (after Format, say); `onSwitch` tells the page, which offers Format.
 */
export function createLongLineGuard(
  editor: MonacoApi.editor.IStandaloneCodeEditor,
  model: MonacoApi.editor.ITextModel,
  jsonHelp: JsonHelpSwitch,
  onSwitch: (longLine: boolean) => void,
) {
  let longLine = false;
  return {
    /** Whenever the body is new or its text is read anyway (not per keystroke); says whether it has a long line. */
    check(): boolean {
      const now = hasLongLine(model);
      if (now === longLine) return now;
      longLine = now;
      editor.updateOptions(lineScanOptions(!now));
      // The colours are the model's own option: the editor's is read only when a model is created.
      model.updateOptions({ bracketColorizationOptions: { enabled: !now, independentColorPoolPerBracketType: false } });
      jsonHelp.set("long line", now);
      onSwitch(now);
      return now;
    },
  };
}

export const longLineMessage = `This body has a line longer than ${longLineChars.toLocaleString("en-US")} characters. The editor slows down on such lines, so its JSON help (colours, completion, hover, folding, bracket matching) is off while it has one; Problems still checks it. Format body puts each value on a line of its own: only spaces and line breaks change, and Ctrl+Z undoes it.`;
