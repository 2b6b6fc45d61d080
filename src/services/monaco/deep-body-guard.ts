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
  const check = (text: string): void => {
    const deep = nestingDepth(text, maxNestingDepth) > maxNestingDepth;
    if (deep === tooDeep) return;
    tooDeep = deep;
    jsonHelp.set("too deep", deep);
    onSwitch(deep);
  };
  return {
    /** With the whole text, whenever it is read anyway (start, publish, a new body). */
    check,
    /**
     * Right after an edit, before Monaco's language features ask the worker: only when it inserted
     * more than one bracket (a paste): reading a large body per keystroke would slow typing, and
     * typed brackets are checked with the next published text.
     */
    afterEdit(insertedTexts: readonly string[]): void {
      if (insertedTexts.some((text) => text.length > 1 && nestingDepth(text, 1) > 1)) check(model.getValue());
    },
  };
}

export const tooDeepMessage = `This body is nested more than ${maxNestingDepth} levels deep: the editor's JSON help (colours, completion, hover, folding) is off for it, as Monaco's JSON service fails on such bodies. Problems still checks it.`;
