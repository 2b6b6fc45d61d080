import { describe, expect, it } from "vitest";
import { itemChecks } from "./item-checks";

const now = Date.UTC(2026, 10, 27, 12, 0, 0);
const minute = 60_000;

/** The codes the checks report for one item, by field. */
function codesFor(item: Record<string, unknown>, literals: ReadonlyMap<string, string> = new Map()): string[] {
  return itemChecks({ marketing_activity_datas: [item] }, literals, now).map((p) => `${p.code} ${p.path.slice(2).join(".")}`);
}

const identified = { marketing_event_id: "MA_1", occurred_on: now };

describe("itemChecks", () => {
  it("asks for the fields that tell which event and day an item is for", () => {
    const missing = itemChecks({ marketing_activity_datas: [{}] }, new Map(), now);
    expect(missing.map((p) => [p.code, p.anchor, p.path])).toEqual([
      ["missing-identity", "start", ["marketing_activity_datas", 0]],
      ["missing-identity", "start", ["marketing_activity_datas", 0]],
    ]);
    expect(missing.map((p) => p.message)).toEqual([expect.stringContaining('"marketing_event_id"'), expect.stringContaining('"occurred_on"')]);
    expect(codesFor(identified)).toEqual([]);
  });

  it.each([
    ["exactly now", now, []],
    ["the 5-minute clock-skew tolerance", now + 5 * minute, []],
    ["just past the tolerance", now + 5 * minute + 1, ["timestamp-future occurred_on"]],
    // 10 digits (seconds) is the schema's error, quoting the docs (validate-body.test.ts), not a warning here.
    ["in seconds", Math.floor(now / 1000), []],
    ["far in the past", 1_000_000_000_000, []],
  ])("occurred_on %s", (_, occurredOn, expected) => {
    expect(codesFor({ ...identified, occurred_on: occurredOn })).toEqual(expected);
  });

  it("compares counters exactly, also beyond 2^53 from their literal text", () => {
    const counters = { ...identified, click_num: 5, impression_num: 4 };
    expect(codesFor(counters).some((c) => c.startsWith("counters-inconsistent"))).toBe(true);
    expect(codesFor({ ...identified, click_num: 4, impression_num: 5 }).some((c) => c.startsWith("counters-inconsistent"))).toBe(false);
    const literals = new Map([
      ['["marketing_activity_datas",0,"click_num"]', "9007199254740993"],
      ['["marketing_activity_datas",0,"impression_num"]', "9007199254740992"],
    ]);
    const big = { ...identified, click_num: 9007199254740992, impression_num: 9007199254740992 };
    // Parsed, both are 9007199254740992; only the literal text shows clicks exceed impressions.
    expect(codesFor(big)).toEqual([]);
    expect(codesFor(big, literals)).toEqual(["counters-inconsistent click_num"]);
  });

  it.each([
    [1, "100", []],
    [1, "abc", ["value-type custom_sale_data_list.0.value"]],
    [2, "0.09", []],
    [2, "9%", []],
    [2, "9", ["value-type custom_sale_data_list.0.value"]],
    [2, "nine", ["value-type custom_sale_data_list.0.value"]],
    [3, "12.5", []],
  ])("a custom value of type %i written %j", (type, value, expected) => {
    expect(codesFor({ ...identified, custom_sale_data_list: [{ name: "n", type, value }] })).toEqual(expected);
  });

  it("ignores bodies without an items list and items that are not objects", () => {
    expect(itemChecks(null, new Map(), now)).toEqual([]);
    expect(itemChecks({ marketing_activity_datas: "x" }, new Map(), now)).toEqual([]);
    expect(itemChecks({ marketing_activity_datas: [1, null] }, new Map(), now)).toEqual([]);
  });
});
