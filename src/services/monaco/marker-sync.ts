import type * as MonacoApi from "monaco-editor/editor/editor.api";
import { groupProblemsByItem } from "../../core/validation/problem-groups";
import type { Problem } from "../../core/validation/problem";

type Monaco = typeof MonacoApi;

/** Monaco decorates at most this many markers per model; computing more positions is waste. */
const markerLimit = 500;
/** Once typing pauses this long, every marker is set again from the latest positions. */
const settleMs = 400;
const ownerPrefix = "sync-data-playground";
const idleTimeoutMs = 100;

/**
 * Keeps the model's markers equal to the validator's problems, one marker owner per item.
 * Monaco re-creates the decorations of every marker an owner sets; here only items whose
 * problems changed (by message, path or length) are set again: the others' decorations have
 * moved with the edits. Monaco's marker service does not move its own copies, though (F8 reads
 * them), so once typing pauses every group is set again with fresh positions.
 */
export function createMarkerSync(monaco: Monaco, model: MonacoApi.editor.ITextModel): { show(problems: readonly Problem[]): void; dispose(): void } {
  /** Signature of what each owner shows now. */
  let shown = new Map<string, string>();
  let latest: readonly Problem[] = [];
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  const toMarker = (p: Problem): MonacoApi.editor.IMarkerData => {
    const start = model.getPositionAt(p.offset);
    const end = model.getPositionAt(p.offset + Math.max(p.length, 1));
    return {
      severity: p.severity === "error" ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      message: `${p.message}\n${p.pathText}`,
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
      source: "sync_data",
    };
  };

  const sync = (problems: readonly Problem[], all: boolean): void => {
    const next = new Map<string, string>();
    for (const group of groupProblemsByItem(problems.slice(0, markerLimit))) {
      next.set(group.key, group.signature);
      if (all || shown.get(group.key) !== group.signature) monaco.editor.setModelMarkers(model, `${ownerPrefix} ${group.key}`, group.problems.map(toMarker));
    }
    for (const key of shown.keys()) if (!next.has(key)) monaco.editor.setModelMarkers(model, `${ownerPrefix} ${key}`, []);
    shown = next;
  };

  // Squiggles are drawn when the page is idle (at most ~100 ms late): between keystrokes, not
  // in the frame that shows the typed character.
  let idle: number | undefined;
  const requestIdle = (callback: () => void): number =>
    typeof requestIdleCallback === "function" ? requestIdleCallback(callback, { timeout: idleTimeoutMs }) : window.setTimeout(callback, 1);
  const cancelIdle = (handle: number): void => (typeof cancelIdleCallback === "function" ? cancelIdleCallback(handle) : clearTimeout(handle));

  return {
    show(problems) {
      latest = problems;
      clearTimeout(settleTimer);
      idle ??= requestIdle(() => {
        idle = undefined;
        if (model.isDisposed()) return;
        sync(latest, false);
        settleTimer = setTimeout(() => {
          if (!model.isDisposed()) sync(latest, true);
        }, settleMs);
      });
    },
    dispose() {
      clearTimeout(settleTimer);
      if (idle !== undefined) cancelIdle(idle);
    },
  };
}
