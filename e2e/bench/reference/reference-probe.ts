import type * as Monaco from "monaco-editor";

/** What the benchmark reads from the reference page (the app needs no such hook: it shows a Problems count). */
export interface ReferenceProbe {
  /** Markers Monaco's JSON worker has put on the model. */
  markerCount: number;
  /** How many times those markers changed; the first change is "validated". */
  markerChanges: number;
  textLength(): number;
}

declare global {
  interface Window {
    __benchReference?: ReferenceProbe;
  }
}

export function exposeReferenceProbe(monaco: typeof Monaco, model: Monaco.editor.ITextModel): void {
  const probe: ReferenceProbe = { markerCount: 0, markerChanges: 0, textLength: () => model.getValueLength() };
  monaco.editor.onDidChangeMarkers((uris) => {
    if (!uris.some((uri) => uri.toString() === model.uri.toString())) return;
    probe.markerCount = monaco.editor.getModelMarkers({ resource: model.uri }).length;
    probe.markerChanges++;
    // The benchmark's page probe (e2e/bench/page-probe.js), present only under the benchmark.
    (window as { __bench?: { signal(): void } }).__bench?.signal();
  });
  window.__benchReference = probe;
}
