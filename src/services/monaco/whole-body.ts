import type * as MonacoApi from "monaco-editor/editor/editor.api";
import { lineEndingPlan, type Eol, type LineEndingPlan } from "../../core/text/line-endings";

type Monaco = typeof MonacoApi;

/**
 * Putting a whole body into the Monaco model without Monaco changing its bytes. A model has one
 * line break for all its lines and converts every inserted break to it, so the model's break is
 * set from each whole body (never kept from the previous one) before the text goes in: a body
 * with one kind of break, or none, is then held byte for byte. `lineEndingPlan` says when it
 * cannot be (mixed breaks, lone CRs).
 */
function eolSequence(monaco: Monaco, eol: Eol): MonacoApi.editor.EndOfLineSequence {
  return eol === "\r\n" ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF;
}

/** For a model just created from `text` (nothing to undo yet). */
export function adoptLineEndings(monaco: Monaco, model: MonacoApi.editor.ITextModel, text: string): LineEndingPlan {
  const plan = lineEndingPlan(text);
  model.setEOL(eolSequence(monaco, plan.eol));
  return plan;
}

/** Replaces the model's whole text as one undoable step (the break change included). */
export function replaceWholeBody(monaco: Monaco, editor: MonacoApi.editor.IStandaloneCodeEditor, model: MonacoApi.editor.ITextModel, text: string): LineEndingPlan {
  const plan = lineEndingPlan(text);
  editor.pushUndoStop();
  editor.executeEdits("replace", [{ range: model.getFullModelRange(), text }]);
  // After the text: a break change re-sends the whole text, cheaper on the replacement than on the old one.
  model.pushEOL(eolSequence(monaco, plan.eol));
  editor.pushUndoStop();
  return plan;
}

/**
 * Calls `onPaste` with the clipboard's own text, instead of Monaco's paste, when a paste replaces
 * the whole body (everything selected, or the editor empty): Monaco would convert its line
 * breaks to the previous body's. A capturing listener on the editor's container runs before
 * Monaco's, which sit on its input element inside. Returns a function that removes the listener.
 */
export function interceptWholeBodyPaste(container: HTMLElement, editor: MonacoApi.editor.IStandaloneCodeEditor, onPaste: (text: string) => void): () => void {
  const listener = (event: ClipboardEvent): void => {
    const model = editor.getModel();
    const selections = editor.getSelections() ?? [];
    const text = event.clipboardData?.getData("text/plain");
    if (!model || selections.length !== 1 || text === undefined || text === "") return;
    // Not a paste into the find widget's input, which sits inside the same container.
    if (!editor.hasTextFocus()) return;
    const whole = model.getValueLength() === 0 || selections[0]?.equalsRange(model.getFullModelRange());
    if (!whole) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    onPaste(text);
  };
  container.addEventListener("paste", listener, true);
  return () => container.removeEventListener("paste", listener, true);
}
