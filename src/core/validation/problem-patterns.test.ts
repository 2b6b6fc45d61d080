import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { makeManyItemsBody } from "../../testing/many-items";
import { formatPath, type JsonPath } from "../json/json-path";
import { groupProblemsByPattern, locatePosition, patternHeadline, patternOf, ruleOf, stepProblem } from "./problem-patterns";
import type { Problem } from "./problem";
import { validateBody } from "./validate-body";

function problem(path: JsonPath, message: string, code = "maxLength", severity: Problem["severity"] = "error", offset = 0): Problem {
  return { severity, code, message, path, pathText: formatPath(path), offset, length: 1 };
}

describe("patternOf", () => {
  it.each([
    [["marketing_activity_datas", 7, "custom_activity_engagement_list", 0, "name"], "marketing_activity_datas[*].custom_activity_engagement_list[0].name"],
    [["marketing_activity_datas", 7], "marketing_activity_datas[*]"],
    [["marketing_activity_datas"], "marketing_activity_datas"],
    [[], "(body)"],
    [["marketing_activity_datas", 3, "odd key"], 'marketing_activity_datas[*]["odd key"]'],
    [["other", 3, "x"], "other[3].x"],
  ] as const)("%j → %s", (path, expected) => {
    expect(patternOf(path)).toBe(expected);
  });
});

describe("ruleOf", () => {
  it.each([
    [["Same.", "Same."], "Same."],
    [["At most 20 characters allowed; this has 27.", "At most 20 characters allowed; this has 30."], "At most 20 characters allowed"],
    [["1 looks like seconds", "2 looks like seconds"], "1 looks like seconds (and similar)"],
    [["Only one."], "Only one."],
  ])("%j → %s", (messages, expected) => {
    expect(ruleOf(messages)).toBe(expected);
  });
});

describe("groupProblemsByPattern", () => {
  it("lists 1,000 copies of the example's mistake as one group with every instance", () => {
    const { problems } = validateBody(makeManyItemsBody(1000));
    expect(problems).toHaveLength(1000);
    const groups = groupProblemsByPattern(problems);
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group && patternHeadline(group)).toBe(
      "marketing_activity_datas[*].custom_activity_engagement_list[0].name — 1,000 items: At most 20 characters allowed; this has 27.",
    );
    expect(group?.problems[200]?.pathText).toBe("marketing_activity_datas[200].custom_activity_engagement_list[0].name");
    expect(group?.positions).toEqual(problems.map((_, i) => i));
  });

  it("keeps apart different severities, rules and fields, ordered by their first instance", () => {
    const problems = [
      problem(["marketing_activity_datas", 0, "name"], "A; 1"),
      problem(["marketing_activity_datas", 0, "click_num"], "B", "type"),
      problem(["marketing_activity_datas", 1, "name"], "A; 2"),
      problem(["marketing_activity_datas", 1, "name"], "W", "maxLength", "warning"),
      problem([], "Body"),
    ];
    const groups = groupProblemsByPattern(problems);
    expect(groups.map((g) => [g.pattern, g.code, g.severity, g.rule, g.positions])).toEqual([
      ["marketing_activity_datas[*].name", "maxLength", "error", "A", [0, 2]],
      ["marketing_activity_datas[*].click_num", "type", "error", "B", [1]],
      ["marketing_activity_datas[*].name", "maxLength", "warning", "W", [3]],
      ["(body)", "maxLength", "error", "Body", [4]],
    ]);
    expect(patternHeadline(groups[3]!)).toBe("(body) — 1 time: Body");
  });

  it("puts every problem in exactly one group, and locatePosition finds it there", () => {
    const arbitraryProblem = fc.record({
      index: fc.nat(5),
      field: fc.constantFrom("name", "click_num"),
      code: fc.constantFrom("type", "maxLength"),
      severity: fc.constantFrom<Problem["severity"]>("error", "warning"),
    });
    fc.assert(
      fc.property(fc.array(arbitraryProblem, { maxLength: 40 }), (specs) => {
        const problems = specs.map((s) => problem(["marketing_activity_datas", s.index, s.field], "m", s.code, s.severity));
        const groups = groupProblemsByPattern(problems);
        expect(groups.reduce((n, g) => n + g.problems.length, 0)).toBe(problems.length);
        problems.forEach((p, position) => {
          const found = locatePosition(groups, position);
          expect(found && groups[found.group]?.problems[found.instance]).toBe(p);
        });
      }),
    );
  });
});

describe("stepProblem", () => {
  it.each([
    [0, undefined, 1, undefined],
    [3, undefined, 1, 0],
    [3, undefined, -1, 2],
    [3, 0, 1, 1],
    [3, 2, 1, 0],
    [3, 0, -1, 2],
    [3, 7, 1, 0],
  ] as const)("%i problems, at %s, step %i → %s", (count, current, direction, expected) => {
    expect(stepProblem(count, current, direction)).toBe(expected);
  });
});
