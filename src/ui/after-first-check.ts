import { createEffect, createRoot, type Accessor } from "solid-js";
import { afterNextPaint } from "../services/after-next-paint";

/**
 * Resolves once `validation` has a result and the page has painted it, or after `limitMs`.
 *
 * Evaluating Monaco's chunk holds the main thread in one task: about a second here, four under a
 * 4× CPU slowdown. Started before the first check's answer is shown, it kept the Problems off the
 * screen until it ended. Its download and compile (modulepreload) go on in the meantime, so the
 * editor waits only for a paint it would have shared anyway.
 */
export function afterFirstCheckPainted(validation: Accessor<unknown>, limitMs: number): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    let dispose: (() => void) | undefined;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(limit);
      dispose?.();
      afterNextPaint(resolve);
    };
    const limit = setTimeout(finish, limitMs);
    // `dispose` is set before the effect first runs, so a result already there ends the root at once.
    createRoot((disposeRoot) => {
      dispose = disposeRoot;
      createEffect(() => {
        if (validation() !== undefined) finish();
      });
    });
  });
}
