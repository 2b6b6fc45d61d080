import type { JSX } from "solid-js";

/**
 * 16 px line glyphs for the icon buttons of the target bar (the page tools, the token's
 * Show/Hide, Manage environments), drawn in the text colour (so both themes
 * and every contrast check see the button's own colour). Decorative: the button's name is its
 * visually hidden text, which is also what tests, screen readers and voice control use.
 */
const paths = {
  // Two chain links.
  link: "M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8",
  // An open book.
  book: "M8 4.5C6.5 3.5 4.5 3 2.5 3v9.5c2 0 4 .5 5.5 1.5 1.5-1 3.5-1.5 5.5-1.5V3c-2 0-4 .5-5.5 1.5zM8 4.5V14",
  // The system's choice: a screen.
  system: "M2.5 3.5h11v7.5h-11zM6 13.5h4M8 11v2.5",
  // Light: a sun.
  light: "M8 5.25a2.75 2.75 0 100 5.5 2.75 2.75 0 000-5.5zM8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1.05 1.05M11.55 11.55l1.05 1.05M3.4 12.6l1.05-1.05M11.55 4.45l1.05-1.05",
  // Dark: a crescent moon.
  dark: "M13 10A5.5 5.5 0 016 3a5.5 5.5 0 107 7z",
  // Manage environments: three sliders.
  sliders: "M2 4h12M2 8h12M2 12h12M5.5 2.5v3M10.5 6.5v3M7 10.5v3",
  // Show the token: an open eye; hide it: the eye struck through.
  eye: "M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8zM8 6a2 2 0 100 4 2 2 0 000-4z",
  eyeOff: "M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8zM8 6a2 2 0 100 4 2 2 0 000-4zM2.5 2.5l11 11",
} as const;

export type ToolIconName = keyof typeof paths;

export function ToolIcon(props: { name: ToolIconName }): JSX.Element {
  return (
    <svg class="tool-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d={paths[props.name]} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
