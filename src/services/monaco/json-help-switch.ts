import type * as MonacoApi from "monaco-editor/editor/editor.api";

type Monaco = typeof MonacoApi;

/**
 * The model's language: JSON (colours, completion, hover, folding from Monaco's JSON service) unless
 * some guard needs it off — a body nested deeper than that service copes with, or a line so long
 * that its tokenizer (which, unlike Monarch's, has no length limit) re-reads it on every keystroke.
 */
export function createJsonHelpSwitch(monaco: Monaco, model: MonacoApi.editor.ITextModel) {
  const reasons = new Set<string>();
  return {
    /** `reason` wants JSON help off (`true`) or no longer minds (`false`). */
    set(reason: string, off: boolean): void {
      const before = reasons.size > 0;
      if (off) reasons.add(reason);
      else reasons.delete(reason);
      const after = reasons.size > 0;
      if (after !== before) monaco.editor.setModelLanguage(model, after ? "plaintext" : "json");
    },
  };
}

export type JsonHelpSwitch = ReturnType<typeof createJsonHelpSwitch>;
