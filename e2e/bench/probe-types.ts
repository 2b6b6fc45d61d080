/** The page probe's API (page-probe.js), as the benchmark calls it through `page.evaluate`. */
export interface BenchProbe {
  /** First post-paint time, ms since navigation start, at which each start-up condition held. */
  readonly marks: { editable?: number; painted?: number; validated?: number };
  readonly typing: number[];
  readonly edits: { ms: number; text: string | null }[];
  readonly waits: number[];
  readonly lastClickWallMs: number | null;
  readonly bulkDoneAt: number | null;
  watchBulkDone(): void;
  stopWatching(): void;
  armTyping(): void;
  disarmTyping(): void;
  typingCount(count: number): Promise<boolean>;
  armEdit(): void;
  editCount(count: number): Promise<boolean>;
  armWait(condition: "painted" | "validated" | "formShown" | "importRead" | "importWritten"): void;
  waitCount(count: number): Promise<boolean>;
  signal(): void;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
    /** The form measure's key press time stamp (set by the bench itself). */
    __benchKeyDown?: number;
  }
}
