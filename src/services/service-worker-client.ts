import { editorStarted } from "./editor-started";

/** The longest the registration waits for the editor after the load event. */
const editorWaitLimitMs = 10_000;

/**
 * Registers the service worker (scripts/service-worker.ts writes it into the build), once the
 * editor is on screen and the page has gone idle, so its precaching does not compete with
 * start-up (Monaco's chunk is compiled and evaluated after the load event), and reports when a new build is
 * installed and waiting. `applyUpdate` lets the waiting worker take over; the page reloads once
 * it controls the page, so the open page never runs files of two builds.
 */
export function registerServiceWorker(onUpdateReady: (applyUpdate: () => void) => void): void {
  if (!("serviceWorker" in navigator)) return;
  const container = navigator.serviceWorker;
  const whenLoaded = document.readyState === "complete" ? Promise.resolve() : new Promise((resolve) => addEventListener("load", resolve, { once: true }));
  // The editor normally starts within seconds; if it never does (Monaco failed to load), offline use still comes.
  const whenStarted = Promise.race([editorStarted, whenLoaded.then(() => new Promise((resolve) => setTimeout(resolve, editorWaitLimitMs)))]);
  const whenIdle = whenStarted.then(
    () => new Promise<void>((resolve) => (typeof requestIdleCallback === "function" ? requestIdleCallback(() => resolve(), { timeout: 5_000 }) : setTimeout(resolve, 1_000))),
  );
  void whenIdle.then(async () => {
    let registration: ServiceWorkerRegistration | undefined;
    try {
      // Beside index.html, wherever the build is hosted: its scope is the app's folder.
      registration = await container.register(new URL("sw.js", document.baseURI), { scope: "./" });
    } catch {
      // Blocked (private mode, a policy): the page works as before, online only.
      return;
    }
    // Automation that blocks service workers (Playwright's serviceWorkers: "block") resolves with nothing.
    if (!registration) return;
    // A first install has no controller to replace: only a worker replacing a running one is an update.
    const offer = (worker: ServiceWorker): void => {
      if (!container.controller) return;
      onUpdateReady(() => {
        let reloading = false;
        container.addEventListener("controllerchange", () => {
          if (reloading) return;
          reloading = true;
          location.reload();
        });
        worker.postMessage("skip-waiting");
      });
    };
    const follow = (installing: ServiceWorker | null): void =>
      installing?.addEventListener("statechange", () => {
        if (installing.state === "installed") offer(installing);
      });
    // The navigation's own update check may have found the new worker before this ran.
    if (registration.waiting) offer(registration.waiting);
    else follow(registration.installing);
    const found = registration;
    registration.addEventListener("updatefound", () => follow(found.installing));
  });
}
