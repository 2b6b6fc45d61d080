import { createSignal, Show } from "solid-js";
import { registerServiceWorker } from "../services/service-worker-client";

/**
 * "Update ready — reload": shown when a newer build of the app has been downloaded for offline
 * use. The page keeps running the build it started with until the user reloads through it.
 */
export function UpdateNotice() {
  const [apply, setApply] = createSignal<() => void>();
  registerServiceWorker((applyUpdate) => setApply(() => applyUpdate));
  return (
    <Show when={apply()}>
      {(applyUpdate) => (
        <div class="update-notice" role="status">
          <span>A new version of the playground is ready.</span>
          <button type="button" class="primary" onClick={() => applyUpdate()()}>
            Update ready — reload
          </button>
        </div>
      )}
    </Show>
  );
}
