/**
 * Only for src/ui/app-state.ts, which is being split: import `TextEdit` from core/text/text-edit
 * and delete this file (and its test) once nothing imports it.
 */
export type { TextEdit } from "../text/text-edit";
