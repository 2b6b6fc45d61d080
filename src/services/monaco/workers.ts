/**
 * Monaco's workers, wired through Vite so they are real module workers in the production build
 * (a missing getWorker makes Monaco silently fall back to the main thread: monaco-editor#1227).
 * The page's CSP allows `worker-src 'self'`: these are same-origin files, not blobs.
 */
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import JsonWorker from "monaco-editor/language/json/json.worker?worker";

export function installMonacoWorkers(): void {
  (self as unknown as { MonacoEnvironment: { getWorker(id: string, label: string): Worker } }).MonacoEnvironment = {
    getWorker(_workerId, label) {
      return label === "json" ? new JsonWorker() : new EditorWorker();
    },
  };
}
