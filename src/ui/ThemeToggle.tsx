import type { PreferencesState } from "./state/preferences-state";

const labels = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" } as const;

/** Cycles system → light → dark; remembered on this device. */
export function ThemeToggle(props: { prefs: PreferencesState }) {
  return (
    <button type="button" onClick={() => props.prefs.cycleTheme()} title="Switch between the system's colours, light and dark">
      {labels[props.prefs.themeChoice()]}
    </button>
  );
}
