import { isRecord } from "./read-fields";

export type ThemeChoice = "system" | "light" | "dark";

/** Layout and look the user chose, kept on this device. */
export interface Preferences {
  readonly version: 1;
  readonly theme: ThemeChoice;
  /** Width of the body pane, as a percentage of the workspace (20–80). */
  readonly bodyPanePercent: number;
  /** Height of the editor above Problems and the docs, as a percentage of the body pane (20–80). */
  readonly editorPanePercent: number;
  /** The user has sent from this device once: the first-screen line (how to start) is no longer shown. */
  readonly hasSent: boolean;
}

export const defaultPreferences: Preferences = { version: 1, theme: "system", bodyPanePercent: 50, editorPanePercent: 65, hasSent: false };

const themes: readonly ThemeChoice[] = ["system", "light", "dark"];

/** Reads stored preferences field by field, keeping defaults for anything unreadable. */
export function migratePreferences(value: unknown): Preferences {
  if (!isRecord(value)) return defaultPreferences;
  const theme = themes.find((t) => t === value["theme"]) ?? defaultPreferences.theme;
  return {
    version: 1,
    theme,
    bodyPanePercent: readPercent(value["bodyPanePercent"], defaultPreferences.bodyPanePercent),
    editorPanePercent: readPercent(value["editorPanePercent"], defaultPreferences.editorPanePercent),
    hasSent: value["hasSent"] === true,
  };
}

function readPercent(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? clampPanePercent(value) : fallback;
}

export function clampPanePercent(percent: number): number {
  return Math.min(80, Math.max(20, Math.round(percent * 10) / 10));
}
