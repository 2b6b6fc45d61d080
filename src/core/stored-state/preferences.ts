import { isRecord } from "./read-fields";

export type ThemeChoice = "system" | "light" | "dark";

/** Layout and look the user chose, kept on this device. */
export interface Preferences {
  readonly version: 1;
  readonly theme: ThemeChoice;
  /** Width of the body pane, as a percentage of the workspace (20–80). */
  readonly bodyPanePercent: number;
}

export const defaultPreferences: Preferences = { version: 1, theme: "system", bodyPanePercent: 50 };

const themes: readonly ThemeChoice[] = ["system", "light", "dark"];

/** Reads stored preferences field by field, keeping defaults for anything unreadable. */
export function migratePreferences(value: unknown): Preferences {
  if (!isRecord(value)) return defaultPreferences;
  const theme = themes.find((t) => t === value["theme"]) ?? defaultPreferences.theme;
  const percent = value["bodyPanePercent"];
  return { version: 1, theme, bodyPanePercent: typeof percent === "number" && Number.isFinite(percent) ? clampPanePercent(percent) : defaultPreferences.bodyPanePercent };
}

export function clampPanePercent(percent: number): number {
  return Math.min(80, Math.max(20, Math.round(percent * 10) / 10));
}
