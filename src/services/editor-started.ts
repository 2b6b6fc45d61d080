/**
 * Settles once the body editor is on screen. Start-up work that can wait (the service worker's
 * precache) waits for it: on two cores its downloads and compiles competed with Monaco's.
 */
let markStarted: () => void = () => undefined;
export const editorStarted: Promise<void> = new Promise((resolve) => (markStarted = resolve));

export function markEditorStarted(): void {
  markStarted();
}
