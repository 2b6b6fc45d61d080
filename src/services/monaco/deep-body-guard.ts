import type * as MonacoApi from "monaco-editor/editor/editor.api";
import { maxNestingDepth } from "../../core/json/parse-json";
import { nestingDepth } from "../../core/json/nesting-depth";

import type { JsonHelpSwitch } from "./json-help-switch";

/**
 * Keeps Monaco's JSON language away from bodies nested deeper than it can handle: its worker's
 * recursive parser overflows the stack on some 2,000 levels and throws on every edit (uncaught
 * errors in the console). Past the depth our own parser accepts, the model is switched to plain
 * text — no JSON colours, completion, hover or bracket folding, so no worker requests — and back
 * to JSON once the body is shallower again. The app's validator checks such a body either way.
 */
export function createDeepBodyGuard(jsonHelp: JsonHelpSwitch, model: MonacoApi.editor.ITextModel, onSwitch: (tooDeep: boolean) => void) {
  let tooDeep = false;
  /**
   * An upper bound of the body's depth: exact after a scan, raised by each edit by the depth of
   * what it inserted (a deletion only lowers the real depth). While it stays within the limit no
   * scan is needed: a 10,000-item body is then scanned once when it comes in, not on every read.
   */
  let bound = Infinity;
  const scan = (text: string): void => {
    bound = nestingDepth(text, maxNestingDepth);
    const deep = bound > maxNestingDepth;
    if (deep === tooDeep) return;
    tooDeep = deep;
    jsonHelp.set("too deep", deep);
    onSwitch(deep);
  };
  return {
    /** With the whole text, whenever it is read anyway (start, publish, a new body): scans unless the bound vouches for it. */
    check(text: string): void {
      if (tooDeep || bound > maxNestingDepth) scan(text);
    },
    /**
     * Right after an edit, before Monaco's language features ask the worker. `wholeText`: the
     * edit replaced the whole body with it (scanned once, exactly). Otherwise the bound grows by
     * the inserted texts' depth; past the limit the whole text is scanned.
     */
    /** A new body not scanned now (a very long line: JSON help is off anyway): the next check scans it. */
    forget(): void {
      bound = Infinity;
    },
    afterEdit(insertedTexts: readonly string[], wholeText?: string): void {
      if (wholeText !== undefined) return scan(wholeText);
      for (const text of insertedTexts) if (text.length > 0) bound += nestingDepth(text, maxNestingDepth);
      if (bound > maxNestingDepth && !tooDeep) scan(model.getValue());
    },
  };
}

export const tooDeepMessage = `This body is nested more than ${maxNestingDepth} levels deep: the editor's JSON help (colours, completion, hover, folding) is off for it, as Monaco's JSON service fails on such bodies. Problems still checks it.`;
