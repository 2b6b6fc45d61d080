import { describeTarget, type FigureResult } from "./figures";
import type { Summary } from "./stats";

function round(value: number, unit: string): string {
  if (unit === "chars") return String(Math.round(value));
  if (Math.abs(value) >= 100) return value.toFixed(0);
  return value.toFixed(1);
}

function cell(summary: Summary | undefined, unit: string): string {
  if (!summary) return "";
  const median = round(summary.median, unit);
  if (summary.samples.length < 2 || summary.min === summary.max) return `${median} ${unit}`;
  return `${median} ${unit} (${round(summary.min, unit)}–${round(summary.max, unit)})`;
}

function verdict(figure: FigureResult): string {
  if (figure.status !== "measured") return figure.status;
  if (figure.met === undefined) return "";
  return figure.met ? "met" : "MISSED";
}

/** The rows of the table printed at the end (and put in the README by hand). */
export function tableRows(figures: readonly FigureResult[]): string[][] {
  const header = ["figure", "app: median (min–max)", "reference", "textarea", "ratio", "target", ""];
  const rows = figures.map((f) => [
    f.label,
    f.status === "measured" ? cell(f.app, f.unit) : f.status,
    f.referenceValue ? `${cell(f.referenceValue, f.unit)}${f.reference ? ` [${f.reference}]` : ""}` : "",
    cell(f.floor, f.unit),
    f.ratio !== undefined ? `${f.ratio.toFixed(2)} ×` : "",
    describeTarget(f.target, f.reference),
    verdict(f),
  ]);
  return [header, ...rows];
}

export function formatTable(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? "")].length))) ?? [];
  const line = (row: readonly string[]) => row.map((text, column) => text.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  return [line(rows[0] ?? []), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

/** Which targets are met and, where missed, by how much. */
export function targetLines(figures: readonly FigureResult[]): string[] {
  return figures
    .filter((f) => f.target)
    .map((f) => {
      const target = describeTarget(f.target, f.reference);
      if (f.status !== "measured" || f.met === undefined) return `  ·  ${f.label}: ${f.status}${f.note ? ` (${f.note})` : ""}`;
      const byRatio = f.target?.kind !== "absolute";
      const actual = byRatio ? `${f.ratio?.toFixed(2)} ×` : `${round(f.app?.median ?? Number.NaN, f.unit)} ${f.unit}`;
      const bound = f.target?.kind === "ratio-min" ? f.target.min : (f.target?.max ?? Number.NaN);
      const value = byRatio ? (f.ratio ?? Number.NaN) : (f.app?.median ?? Number.NaN);
      const by = f.met ? "" : `, missed by ${((Math.abs(value - bound) / bound) * 100).toFixed(0)} %`;
      return `  ${f.met ? "✓" : "✗"}  ${f.label}: ${actual} (target ${target}${by})`;
    });
}
