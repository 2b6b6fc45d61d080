import { describe, expect, it } from "vitest";
import { groupProblemsByItem } from "./problem-groups";
import type { Problem } from "./problem";

const problem = (path: Problem["path"], offset: number, message = "m", length = 1): Problem => ({
  severity: "error",
  code: "x",
  message,
  path,
  pathText: path.join("."),
  offset,
  length,
});

describe("groupProblemsByItem", () => {
  it("groups by item, the rest under body, in order of first appearance", () => {
    const groups = groupProblemsByItem([
      problem([], 0),
      problem(["marketing_activity_datas", 0, "name"], 10),
      problem(["marketing_activity_datas", 0, "type"], 20),
      problem(["marketing_activity_datas", 3], 30),
      problem(["marketing_activity_datas"], 40),
    ]);
    expect(groups.map((g) => [g.key, g.problems.length])).toEqual([
      ["body", 2],
      ["item 0", 2],
      ["item 3", 1],
    ]);
  });

  it("signs what a marker shows but not where: moved problems keep their signature", () => {
    const [before] = groupProblemsByItem([problem(["marketing_activity_datas", 2, "name"], 100)]);
    const [moved] = groupProblemsByItem([problem(["marketing_activity_datas", 2, "name"], 140)]);
    expect(moved?.signature).toBe(before?.signature);
  });

  it.each([
    ["message", problem(["marketing_activity_datas", 2, "name"], 100, "other")],
    ["length", problem(["marketing_activity_datas", 2, "name"], 100, "m", 5)],
    ["path", problem(["marketing_activity_datas", 2, "type"], 100)],
  ])("changes the signature when the %s changes", (_what, changed) => {
    const [before] = groupProblemsByItem([problem(["marketing_activity_datas", 2, "name"], 100)]);
    const [after] = groupProblemsByItem([changed]);
    expect(after?.signature).not.toBe(before?.signature);
  });
});
