import { createEffect, createSignal, onCleanup, type Accessor } from "solid-js";
import type { Preferences, ThemeChoice } from "../../core/stored-state/preferences";
import { clampPanePercent } from "../../core/stored-state/preferences";
import type { PlaygroundStorage } from "../../services/storage";

export interface PreferencesState {
  readonly themeChoice: Accessor<ThemeChoice>;
  /** What is shown: the choice, or the system's colour scheme when the choice is "system". */
  readonly theme: Accessor<"light" | "dark">;
  cycleTheme(): void;
  readonly bodyPanePercent: Accessor<number>;
  setBodyPanePercent(percent: number): void;
  readonly editorPanePercent: Accessor<number>;
  setEditorPanePercent(percent: number): void;
  /** True below 900 px wide: the panes stack into tabs. */
  readonly narrow: Accessor<boolean>;
  /** The user has sent from this device before: the first-screen line is no longer needed. */
  readonly hasSent: Accessor<boolean>;
  markSent(): void;
}

const nextTheme: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };

/** Theme and layout choices, remembered on this device, applied to the page as they change. */
export function createPreferencesState(storage: PlaygroundStorage): PreferencesState {
  const stored = storage.loadPreferences();
  const [themeChoice, setThemeChoice] = createSignal(stored.theme);
  const [bodyPanePercent, setPercent] = createSignal(stored.bodyPanePercent);
  const [editorPanePercent, setEditorPercent] = createSignal(stored.editorPanePercent);
  const [hasSent, setHasSent] = createSignal(stored.hasSent);
  const darkQuery = matchMedia("(prefers-color-scheme: dark)");
  const narrowQuery = matchMedia("(max-width: 899px)");
  const [systemDark, setSystemDark] = createSignal(darkQuery.matches);
  const [narrow, setNarrow] = createSignal(narrowQuery.matches);
  const onDark = (e: MediaQueryListEvent) => setSystemDark(e.matches);
  const onNarrow = (e: MediaQueryListEvent) => setNarrow(e.matches);
  darkQuery.addEventListener("change", onDark);
  narrowQuery.addEventListener("change", onNarrow);
  onCleanup(() => {
    darkQuery.removeEventListener("change", onDark);
    narrowQuery.removeEventListener("change", onNarrow);
  });

  const theme = () => (themeChoice() === "system" ? (systemDark() ? "dark" : "light") : (themeChoice() as "light" | "dark"));
  createEffect(() => {
    document.documentElement.dataset["theme"] = theme();
  });
  const save = (): void => {
    const preferences: Preferences = { version: 1, theme: themeChoice(), bodyPanePercent: bodyPanePercent(), editorPanePercent: editorPanePercent(), hasSent: hasSent() };
    storage.savePreferences(preferences);
  };

  return {
    themeChoice,
    theme,
    cycleTheme() {
      setThemeChoice(nextTheme[themeChoice()]);
      save();
    },
    bodyPanePercent,
    setBodyPanePercent(percent) {
      setPercent(clampPanePercent(percent));
      save();
    },
    editorPanePercent,
    setEditorPanePercent(percent) {
      setEditorPercent(clampPanePercent(percent));
      save();
    },
    narrow,
    hasSent,
    markSent() {
      if (hasSent()) return;
      setHasSent(true);
      save();
    },
  };
}
