import { describe, expect, it } from "vitest";
import { byPosition, countBySeverity, problemsSummary, type Problem } from "./problem";

const problem = (offset: number, severity: Problem["severity"]): Problem => ({ severity, code: "x", message: "m", path: [], pathText: "", offset, length: 1 });

describe("problem ordering and counts", () => {
  it("orders by position, errors before warnings at the same place", () => {
    const sorted = [problem(5, "warning"), problem(5, "error"), problem(1, "warning")].sort(byPosition);
    expect(sorted.map((p) => `${p.offset}${p.severity[0]}`)).toEqual(["1w", "5e", "5w"]);
  });

  it("counts errors and warnings", () => {
    expect(countBySeverity([problem(1, "error"), problem(2, "warning"), problem(3, "error")])).toEqual({ errors: 2, warnings: 1 });
    expect(countBySeverity([])).toEqual({ errors: 0, warnings: 0 });
  });

  it.each([
    [undefined, "Checking…"],
    [{ errors: 0, warnings: 0 }, "No problems"],
    [{ errors: 1, warnings: 0 }, "1 error"],
    [{ errors: 0, warnings: 1 }, "1 warning"],
    [{ errors: 2, warnings: 3 }, "2 errors, 3 warnings"],
    [{ errors: 10_000, warnings: 0 }, "10000 errors"],
  ])("summarises %j as %s", (counts, text) => {
    expect(problemsSummary(counts)).toBe(text);
  });
});
