// Elements of index.html's static shell (scripts/startup-shell.ts) that src/shell/paint-shell.ts fills in.

/** The body as text, where the editor will be. */
export const shellBodyId = "shell-body";
/** The Problems count: "Checking…" until the validation worker's first answer. */
export const shellProblemsCountId = "shell-problems-count";
