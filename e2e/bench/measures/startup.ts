import { repeat, startPage, type BenchContext } from "../bench-context";
import { usedHeapMb } from "../browser";
import { figureSpecs, measured, type FigureResult } from "../figures";
import { summarize } from "../stats";

interface StartupSample {
  painted: number;
  validated: number | undefined;
  kilobytes: number;
  /** KB per file received until started, largest first. */
  files: Record<string, number>;
  heapMb: number;
}

/**
 * Navigation → the example painted, → validated; bytes received until both (compressed, headers
 * included, workers included: counted by the server); main-thread JS heap once started.
 * "Until both", not "until validated": the app validates in its own worker before Monaco is
 * loaded, and stopping the count there would leave the editor out.
 */
export async function measureStartup(ctx: BenchContext): Promise<FigureResult[]> {
  const samples = await repeat(ctx, ["app", "reference", "textarea"], async (target): Promise<StartupSample> => {
    const started = await startPage(ctx, target);
    try {
      const doneWallMs = started.timeOrigin + Math.max(started.painted, started.validated ?? 0);
      const received = ctx.servers[target.id].log.filter((r) => r.receivedAt <= doneWallMs);
      const bytes = received.reduce((sum, r) => sum + r.bytes, 0);
      const files = Object.fromEntries(received.sort((a, b) => b.bytes - a.bytes).map((r) => [r.path, Math.round(r.bytes / 102.4) / 10]));
      return { painted: started.painted, validated: started.validated, kilobytes: bytes / 1024, files, heapMb: await usedHeapMb(started.cdp) };
    } finally {
      await started.close();
    }
  });
  const of = (id: "app" | "reference" | "textarea", pick: (s: StartupSample) => number | undefined) =>
    summarize(samples[id].map(pick).filter((v): v is number => v !== undefined));
  return [
    measured(figureSpecs.startupPainted, { app: of("app", (s) => s.painted), reference: of("reference", (s) => s.painted), floor: of("textarea", (s) => s.painted) }),
    measured(figureSpecs.startupValidated, { app: of("app", (s) => s.validated), reference: of("reference", (s) => s.validated) }),
    measured(figureSpecs.firstLoadBytes, {
      app: of("app", (s) => s.kilobytes),
      reference: of("reference", (s) => s.kilobytes),
      floor: of("textarea", (s) => s.kilobytes),
      detail: { app: samples.app.at(-1)?.files, reference: samples.reference.at(-1)?.files },
    }),
    measured(figureSpecs.memoryStartup, { app: of("app", (s) => s.heapMb), reference: of("reference", (s) => s.heapMb), floor: of("textarea", (s) => s.heapMb) }),
  ];
}
