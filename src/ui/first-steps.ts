import { endpoint } from "../endpoint/descriptor";

/**
 * The first screen's line: what this page sends (the endpoint and its scope) and how to start.
 * One text for the app (ResponsePanel, until the first answer) and index.html's static shell
 * (scripts/startup-shell.ts), which shows it before any script has run. Once the user has sent
 * from this device (Preferences.hasSent) neither shows it again.
 */
export const firstSteps = {
  title: endpoint.title,
  scope: endpoint.scope,
  howTo: "Start: edit the JSON or fill the Form → press Send (Ctrl+Enter) to the Sandbox → copy curl or the permalink.",
} as const;

/** The shell's copy of the line: src/shell/paint-shell.ts removes it for a user who has sent before. */
export const shellFirstStepsId = "shell-first-steps";

/** The same line as static HTML, for the shell (the texts hold no markup characters to escape). */
export function firstStepsHtml(id: string): string {
  return `<p class="first-steps" id="${id}" data-testid="first-steps"><strong>${firstSteps.title}</strong> <span class="muted">(scope <code>${firstSteps.scope}</code>)</span>. ${firstSteps.howTo}</p>`;
}
