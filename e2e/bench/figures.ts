import type { Summary } from "./stats";

export type Unit = "ms" | "KB" | "MB" | "chars" | "req/s";

/**
 * A target from the benchmark issue: the app's median against the reference's (ratio), or a fixed
 * bound; "ratio-min" is a floor (throughput: more is better).
 */
export type Target =
  | { readonly kind: "ratio"; readonly max: number }
  | { readonly kind: "absolute"; readonly max: number }
  | { readonly kind: "ratio-min"; readonly min: number };

export interface FigureSpec {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  /** What the reference column holds for this figure. */
  readonly reference?: string;
  readonly target?: Target;
}

export interface FigureResult extends FigureSpec {
  readonly status: "measured" | "not yet" | "failed";
  readonly app?: Summary;
  readonly referenceValue?: Summary;
  /** The plain textarea page, where it makes sense. */
  readonly floor?: Summary;
  /** app median ÷ reference median. */
  readonly ratio?: number;
  /** Whether the target is met; absent when the figure has no target or was not measured. */
  readonly met?: boolean;
  readonly note?: string;
  /** Figure-specific detail for later analysis (e.g. bytes per file). */
  readonly detail?: unknown;
}

const bareMonaco = "bare Monaco";

/** Every figure the benchmark reports, in the order of the table. */
export const figureSpecs = {
  startupFirstPaint: { id: "startup.first-paint", label: "start-up, first paint", unit: "ms", reference: bareMonaco, target: { kind: "ratio", max: 1.5 } },
  startupPainted: { id: "startup.painted", label: "start-up, editor painted", unit: "ms", reference: bareMonaco, target: { kind: "ratio", max: 1.0 } },
  startupValidated: { id: "startup.validated", label: "start-up, validated", unit: "ms", reference: bareMonaco, target: { kind: "ratio", max: 0.75 } },
  startupUsable: { id: "startup.usable", label: "start-up, usable (body editable, Problems in)", unit: "ms", reference: bareMonaco },
  slowFirstPaint: { id: "slow.first-paint", label: "CPU slowed down: first paint", unit: "ms", reference: bareMonaco, target: { kind: "ratio", max: 1.5 } },
  slowPainted: { id: "slow.painted", label: "CPU slowed down: editor painted", unit: "ms", reference: bareMonaco },
  slowValidated: { id: "slow.validated", label: "CPU slowed down: validated", unit: "ms", reference: bareMonaco, target: { kind: "ratio", max: 0.5 } },
  repeatVisit: { id: "startup.repeat", label: "repeat visit, usable (body editable, Problems in)", unit: "ms", reference: bareMonaco, target: { kind: "absolute", max: 350 } },
  repeatPainted: { id: "startup.repeat.painted", label: "repeat visit, editor painted", unit: "ms", reference: bareMonaco },
  repeatFirstPaint: { id: "startup.repeat.first-paint", label: "repeat visit, first paint (the body as text)", unit: "ms", reference: bareMonaco },
  repeatValidated: { id: "startup.repeat.validated", label: "repeat visit, validated (Problems in)", unit: "ms", reference: bareMonaco },
  thirdVisit: { id: "startup.third", label: "third visit, usable (scripts' code cache in use)", unit: "ms", reference: bareMonaco },
  thirdPainted: { id: "startup.third.painted", label: "third visit, editor painted", unit: "ms", reference: bareMonaco },
  firstLoadBytes: { id: "bytes.first-load", label: "first-load bytes until started (gzip)", unit: "KB", reference: bareMonaco, target: { kind: "ratio", max: 0.8 } },
  firstVisitBytes: { id: "bytes.first-visit", label: "first-visit bytes, page settled (gzip)", unit: "KB", reference: bareMonaco, target: { kind: "ratio", max: 0.7 } },
  offlinePrecacheBytes: { id: "bytes.precache", label: "offline precache, more bytes after settling", unit: "KB" },
  typing1000p50: { id: "typing.1000.p50", label: "typing p50, 1,000 items", unit: "ms", reference: bareMonaco },
  typing1000p95: { id: "typing.1000.p95", label: "typing p95, 1,000 items", unit: "ms", reference: bareMonaco, target: { kind: "ratio", max: 1.2 } },
  paste1000: { id: "paste.1000", label: "paste → checked, 1,000 items", unit: "ms", reference: "Monaco JSON worker" },
  validation1000: { id: "validation.1000", label: "validation, 1,000 items", unit: "ms", reference: "Monaco JSON worker" },
  paste10000: { id: "paste.10000", label: "paste → checked, 10,000 items", unit: "ms", reference: "Monaco JSON worker" },
  validation10000: { id: "validation.10000", label: "validation, 10,000 items", unit: "ms", target: { kind: "absolute", max: 150 } },
  typing10000p50: { id: "typing.10000.p50", label: "typing p50, 10,000 items", unit: "ms", reference: bareMonaco },
  typing10000p95: { id: "typing.10000.p95", label: "typing p95, 10,000 items (validating)", unit: "ms", reference: bareMonaco, target: { kind: "ratio", max: 1.2 } },
  formOpen: { id: "form.open", label: "form open, 1,000 items", unit: "ms", target: { kind: "absolute", max: 300 } },
  formEdit: { id: "form.edit", label: "form field edit → text", unit: "ms", target: { kind: "absolute", max: 50 } },
  formEditPainted: { id: "form.edit.painted", label: "form field edit → next paint", unit: "ms" },
  send1: { id: "send.1", label: "send overhead, 1 item", unit: "ms", reference: "bare fetch()", target: { kind: "absolute", max: 20 } },
  send1000: { id: "send.1000", label: "send overhead, 1,000 items", unit: "ms", reference: "bare fetch()" },
  permalinkExample: { id: "permalink.example", label: "permalink, example", unit: "chars", reference: "lz-string", target: { kind: "ratio", max: 0.5 } },
  permalinkVaried1: { id: "permalink.varied.1", label: "permalink, 1 varied item", unit: "chars", reference: "lz-string" },
  permalinkVaried5: { id: "permalink.varied.5", label: "permalink, 5 varied items", unit: "chars", reference: "lz-string" },
  permalinkVaried20: { id: "permalink.varied.20", label: "permalink, 20 varied items", unit: "chars", reference: "lz-string" },
  permalinkVaried100: { id: "permalink.varied.100", label: "permalink, 100 varied items", unit: "chars", reference: "lz-string" },
  permalink1000: { id: "permalink.1000", label: "permalink, 1,000 items", unit: "chars", reference: "lz-string" },
  bulkImportRead: { id: "bulk.import.read", label: "import 10,000 CSV rows: file chosen → \"10000 items read.\"", unit: "ms" },
  bulkImportWrite: { id: "bulk.import.write", label: "import: Write items into the body → written, dialog closed", unit: "ms" },
  bulkImport: { id: "bulk.import", label: "import 10,000 rows, whole (read + write; not the person's pause between)", unit: "ms", target: { kind: "absolute", max: 1000 } },
  bulkThroughput: { id: "bulk.throughput", label: "bulk run, 10,000 items in 100 requests: throughput", unit: "req/s", reference: "Requests per second set", target: { kind: "ratio-min", min: 0.95 } },
  bulkTypingP50: { id: "bulk.typing.p50", label: "typing p50 during that run, 10,000 items", unit: "ms", reference: "idle, same page" },
  bulkTypingP95: { id: "bulk.typing.p95", label: "typing p95 during that run, 10,000 items", unit: "ms", reference: "idle, same page", target: { kind: "ratio", max: 1.2 } },
  memoryStartup: { id: "memory.startup", label: "JS heap after start-up", unit: "MB", reference: bareMonaco },
  memory10000: { id: "memory.10000", label: "JS heap, 10,000 items", unit: "MB", reference: bareMonaco },
} as const satisfies Record<string, FigureSpec>;

export function measured(spec: FigureSpec, values: { app: Summary; reference?: Summary; floor?: Summary; note?: string; detail?: unknown }): FigureResult {
  const ratio = values.reference ? values.app.median / values.reference.median : undefined;
  const target = spec.target;
  let met: boolean | undefined;
  if (target?.kind === "absolute") met = values.app.median <= target.max;
  else if (target?.kind === "ratio" && ratio !== undefined) met = ratio <= target.max;
  else if (target?.kind === "ratio-min" && ratio !== undefined) met = ratio >= target.min;
  return {
    ...spec,
    status: "measured",
    app: values.app,
    ...(values.reference ? { referenceValue: values.reference } : {}),
    ...(values.floor ? { floor: values.floor } : {}),
    ...(ratio !== undefined ? { ratio } : {}),
    ...(met !== undefined ? { met } : {}),
    ...(values.note ? { note: values.note } : {}),
    ...(values.detail !== undefined ? { detail: values.detail } : {}),
  };
}

export function notYet(spec: FigureSpec, note: string): FigureResult {
  return { ...spec, status: "not yet", note };
}

export function failed(spec: FigureSpec, error: unknown): FigureResult {
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return { ...spec, status: "failed", note: message ?? "failed" };
}

export function describeTarget(target: Target | undefined, reference: string | undefined): string {
  if (!target) return "report";
  if (target.kind === "ratio-min") return `≥ ${target.min} × ${reference ?? "reference"}`;
  return target.kind === "ratio" ? `≤ ${target.max} × ${reference ?? "reference"}` : `≤ ${target.max}`;
}
