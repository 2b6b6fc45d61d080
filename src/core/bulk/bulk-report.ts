import { statusMeanings } from "../../endpoint/descriptor";
import { itemRange, type Batch } from "./batches";
import type { RequestState, RequestStatus } from "./bulk-run";

/** One request of a run as the results table and the report show it. */
export interface ReportRow {
  readonly request: number;
  readonly items: string;
  readonly itemsSent: number;
  readonly outcome: RequestStatus;
  readonly httpStatus: number | null;
  readonly meaning: string;
  readonly successCount: number | null;
  /** The server acknowledged another number of items than were sent. */
  readonly countDiffers: boolean;
  readonly traceId: string | null;
  readonly timeMs: number | null;
  readonly retries: number;
  readonly finishedAt: string | null;
}

const outcomeWords: Record<RequestStatus, string> = {
  pending: "not sent yet",
  sending: "sending",
  waiting: "waiting to retry",
  acknowledged: "acknowledged",
  failed: "failed",
  unknown: "unknown — may have been processed",
};

function meaningOf(request: RequestState): string {
  if (request.status === "unknown" && request.note) return request.note;
  const documented = statusMeanings.find((m) => m.code === request.httpStatus)?.meaning;
  if (request.httpStatus === undefined) return outcomeWords[request.status];
  return request.status === "waiting" ? `${documented ?? "HTTP " + request.httpStatus}; waiting to retry` : documented ?? `HTTP ${request.httpStatus}`;
}

export function reportRows(batches: readonly Batch[], requests: readonly RequestState[]): ReportRow[] {
  return batches.map((batch, i) => reportRow(batch, i, requests[i]));
}

/** Request `index` (0-based) of a run as a row: the results table builds each row alone, as its request changes. */
export function reportRow(batch: Batch, index: number, request: RequestState | undefined): ReportRow {
  const r = request ?? { status: "pending", retries: 0 };
  const successCount = r.successCount ?? null;
  return {
    request: index + 1,
    items: itemRange(batch),
    itemsSent: batch.count,
    outcome: r.status,
    httpStatus: r.httpStatus ?? null,
    meaning: meaningOf(r),
    successCount,
    countDiffers: r.status === "acknowledged" && successCount !== batch.count,
    traceId: r.traceId ?? null,
    timeMs: r.durationMs === undefined ? null : Math.round(r.durationMs),
    retries: r.retries,
    finishedAt: r.finishedAt === undefined ? null : new Date(r.finishedAt).toISOString(),
  };
}

const columns: readonly (keyof ReportRow)[] = ["request", "items", "itemsSent", "outcome", "httpStatus", "meaning", "successCount", "countDiffers", "traceId", "timeMs", "retries", "finishedAt"];

function csvCell(value: ReportRow[keyof ReportRow]): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV, CRLF line ends, a header row. */
export function reportCsv(rows: readonly ReportRow[]): string {
  return [columns.join(","), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(","))].join("\r\n") + "\r\n";
}

export function reportJson(rows: readonly ReportRow[]): string {
  return JSON.stringify(rows, null, 2) + "\n";
}
