import { describe, expect, it } from "vitest";
import { applyProblemsUpdate } from "./problems-update";
import type { Problem } from "./problem";

const problem = (offset: number, message = "m"): Problem => ({ severity: "error", code: "x", message, path: [], pathText: "(body)", offset, length: 1 });

describe("applyProblemsUpdate", () => {
  const previous = [problem(1), problem(5), problem(9)];

  it("replaces the list on a full update", () => {
    const next = [problem(2)];
    expect(applyProblemsUpdate(previous, { kind: "full", problems: next })).toBe(next);
  });

  it("keeps the very same list when nothing changed", () => {
    expect(applyProblemsUpdate(previous, { kind: "patch", start: 1, deleteCount: 0, insert: [], shift: 0 })).toBe(previous);
  });

  it("replaces the middle and moves what follows", () => {
    const next = applyProblemsUpdate(previous, { kind: "patch", start: 1, deleteCount: 1, insert: [problem(6, "new"), problem(7, "new")], shift: 3 });
    expect(next.map((p) => [p.offset, p.message])).toEqual([
      [1, "m"],
      [6, "new"],
      [7, "new"],
      [12, "m"],
    ]);
    expect(next[0]).toBe(previous[0]);
  });

  it("keeps later problems' identity when they do not move", () => {
    const next = applyProblemsUpdate(previous, { kind: "patch", start: 0, deleteCount: 1, insert: [problem(1, "other")], shift: 0 });
    expect(next[1]).toBe(previous[1]);
    expect(next[2]).toBe(previous[2]);
  });
});
