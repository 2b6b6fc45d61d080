/**
 * From this many characters a body is "large": the views that redo work on every keystroke (the
 * form's model, the curl command, the cursor's path scanned from the start) wait for a pause or
 * for the validator's item index instead. About 150 items of the documented example.
 */
export const largeBodyChars = 200_000;

/** Whether a body of this text is large (see {@link largeBodyChars}). */
export function isLargeBody(text: string): boolean {
  return text.length >= largeBodyChars;
}
