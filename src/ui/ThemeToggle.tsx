import type { PreferencesState } from "./state/preferences-state";
import { ToolIcon } from "./ToolIcon";

const labels = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" } as const;

/** Cycles system → light → dark; remembered on this device. An icon button named by the current choice. */
export function ThemeToggle(props: { prefs: PreferencesState }) {
  return (
    <button
      type="button"
      class="tool-button"
      onClick={() => props.prefs.cycleTheme()}
      title={`${labels[props.prefs.themeChoice()]} (switch between the system's colours, light and dark)`}
    >
      <ToolIcon name={props.prefs.themeChoice()} />
      <span class="visually-hidden">{labels[props.prefs.themeChoice()]}</span>
    </button>
  );
}
