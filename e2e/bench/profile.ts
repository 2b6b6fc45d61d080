import { writeFileSync } from "node:fs";
import type { CDPSession } from "@playwright/test";
import type { PositionResolver } from "./source-maps";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** A main-thread CPU profile of `action` (Chrome DevTools can open the saved .cpuprofile). */
export async function profileMainThread(cdp: CDPSession, action: () => Promise<void>, savePath?: string, resolve?: PositionResolver): Promise<ProfileSummary> {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await action();
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
  await cdp.send("Profiler.disable");
  if (savePath) writeFileSync(savePath, JSON.stringify(profile));
  return summarizeProfile(profile, resolve);
}

export interface ProfileSummary {
  /** Wall time profiled, ms. */
  readonly totalMs: number;
  /** Functions with the most self time: "ms  name  file:line". */
  readonly top: string[];
  /** Self time per script file (and V8's own buckets: GC, idle, program). */
  readonly byScript: string[];
}

/** Bottom-up totals of a CPU profile: where the main thread spent its time. */
export function summarizeProfile(profile: Profile, resolve?: PositionResolver, count = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i];
    const next = deltas[i + 1] ?? 0;
    if (id !== undefined) self.set(id, (self.get(id) ?? 0) + next / 1000);
  }
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const original = frame.url ? resolve?.(frame.url, frame.lineNumber, frame.columnNumber) : undefined;
    const file = original?.source ?? frame.url.split("/").pop() ?? "";
    const line = original?.line ?? frame.lineNumber + 1;
    const key = `${original?.name ?? (frame.functionName || "(anonymous)")}  ${file}${file ? `:${line}` : ""}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    // Sources grouped by folder (src/ui/form, monaco-editor/esm/vs/editor/common/model, …).
    const script = file ? file.replace(/\/[^/]*$/, "") : frame.functionName || "(native)";
    byFile.set(script, (byFile.get(script) ?? 0) + ms);
  }
  const lines = (totals: Map<string, number>, limit: number) =>
    [...totals.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([key, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${key}`);
  return { totalMs: (profile.endTime - profile.startTime) / 1000, top: lines(byFunction, count), byScript: lines(byFile, 10) };
}
