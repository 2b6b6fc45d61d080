/// <reference types="vite/client" />

/** Loads Monaco's diff editor, split from its main chunk by scripts/monaco-lazy-diff-editor.ts. */
declare module "virtual:monaco-diff-editor-loader" {
  export function loadDiffEditor(): Promise<void>;
}
