import { describe, expect, it } from "vitest";
import { parseDelimited } from "./delimited-text";
import { reportCsv, reportJson, reportRows } from "./bulk-report";

const batches = [
  { first: 0, count: 100, body: "" },
  { first: 100, count: 100, body: "" },
  { first: 200, count: 5, body: "" },
];

describe("bulk report", () => {
  const rows = reportRows(batches, [
    { status: "acknowledged", retries: 1, httpStatus: 200, successCount: 99, traceId: "t-1", durationMs: 12.4, finishedAt: 0 },
    { status: "failed", retries: 0, httpStatus: 422, traceId: "t-2", durationMs: 5 },
    { status: "unknown", retries: 0, note: "cancelled — may have been processed" },
  ]);

  it("flags a success count that differs from the items sent and explains each status", () => {
    expect(rows.map((r) => [r.items, r.outcome, r.meaning, r.countDiffers])).toEqual([
      ["items 1–100", "acknowledged", "OK", true],
      ["items 101–200", "failed", "Well-formed but semantically wrong; details in errors", false],
      ["items 201–205", "unknown", "cancelled — may have been processed", false],
    ]);
    expect(rows[0]).toMatchObject({ timeMs: 12, retries: 1, finishedAt: "1970-01-01T00:00:00.000Z" });
  });

  it("writes CSV a spreadsheet reads back, and JSON", () => {
    const table = parseDelimited(reportCsv(rows));
    expect(table[0]).toEqual(["request", "items", "itemsSent", "outcome", "httpStatus", "meaning", "successCount", "countDiffers", "traceId", "timeMs", "retries", "finishedAt"]);
    expect(table[2]).toEqual(["2", "items 101–200", "100", "failed", "422", "Well-formed but semantically wrong; details in errors", "", "false", "t-2", "5", "0", ""]);
    expect(JSON.parse(reportJson(rows))).toEqual(rows);
  });
});
