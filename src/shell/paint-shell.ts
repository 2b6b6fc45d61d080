/**
 * Runs before the app's main chunk: index.html's static shell shows the documented example
 * (baked in at build time) in a plain textarea; when the page opens on a permalink or a stored
 * draft, this puts that body there instead, so the first paint already shows the text the editor
 * will hold. What the user types there carries over to the app (src/main.tsx, src/ui/stand-in.ts).
 * It also takes away the first-screen line for a user who has sent from this device before.
 * It only reads (the app decodes again and reports problems); any failure leaves the example.
 * And it starts the validation worker on that body, which the app takes over (src/services/early-validation-worker.ts);
 * if the worker answers first, the shell shows the Problems count (the app lists them).
 */
import { documentedExampleText } from "../endpoint/example";
import { firstBodyText, firstScreenOf } from "../core/stored-state/first-body";
import { isLargeBody } from "../core/body/large-body";
import { storageKeys } from "../services/storage";
import { migratePreferences } from "../core/stored-state/preferences";
import { shellFirstStepsId } from "../ui/first-steps";
import { startValidationWorkerEarly } from "../services/early-validation-worker";
import { countBySeverity, problemsSummary } from "../core/validation/problem";
import { shellBodyId, shellProblemsCountId } from "./shell-ids";

/** The body the page opens on: the link's, the stored draft or the example. */
function openingBody(): string | undefined {
  try {
    return firstBodyText(location.hash, localStorage.getItem(storageKeys.draft), documentedExampleText);
  } catch {
    // Storage refused (a sandboxed frame, privacy mode): the app will say so; the shell keeps the example.
    return undefined;
  }
}

const opening = openingBody();
const shellBody = document.getElementById(shellBodyId);
const standIn = shellBody instanceof HTMLTextAreaElement ? shellBody : undefined;
/** Typed into before the worker answered: the answer no longer describes the text shown. */
let edited = false;

// First: the worker's fetch, schema set-up and check of this body then overlap the main chunk's
// and Monaco's loading (the app adopts the answer when it opens on the same text).
startValidationWorkerEarly(opening, (problems) => {
  // Gone once the app has rendered (its own count then shows the same answer).
  const count = document.getElementById(shellProblemsCountId);
  if (count && !edited) count.textContent = problemsSummary(countBySeverity(problems));
});

if (standIn && opening !== undefined && opening !== documentedExampleText) {
  // A large body shows its first screen: not an editable copy of the body.
  const large = isLargeBody(opening);
  // The default value: text the user typed already (the value) stays, and is what the app opens on.
  standIn.textContent = large ? firstScreenOf(opening) : opening;
  standIn.readOnly = large;
}
standIn?.addEventListener(
  "input",
  () => {
    edited = true;
    const count = document.getElementById(shellProblemsCountId);
    if (count) count.textContent = problemsSummary(undefined);
  },
  { once: true },
);

try {
  const stored = localStorage.getItem(storageKeys.preferences);
  if (stored !== null && migratePreferences(JSON.parse(stored)).hasSent) document.getElementById(shellFirstStepsId)?.remove();
} catch {
  // Unreadable preferences: the app reads them again (and says so); the line stays until it renders.
}
