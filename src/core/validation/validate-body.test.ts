import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { makeManyItemsBody } from "../../testing/many-items";
import { validateBody } from "./validate-body";

const now = Date.UTC(2026, 10, 27);

/** The example with its one over-limit name shortened, as a clean base for single-fault cases. */
const validExample = documentedExampleText.replace('"FackbookOrderConversionRate"', '"FackbookConvRate"');

/** The documented example with `"field": value` inside the first item replaced. */
function withItemField(field: string, literal: string): string {
  const pattern = new RegExp(`"${field}": [^,\\n]+`);
  if (!pattern.test(validExample)) throw new Error(`no ${field} in the example`);
  return validExample.replace(pattern, `"${field}": ${literal}`);
}

function only(text: string) {
  return validateBody(text, { nowMs: now }).problems.map((p) => ({ severity: p.severity, code: p.code, path: p.pathText }));
}

describe("validateBody on the documented example", () => {
  it('finds one error only: the page\'s own example name "FackbookOrderConversionRate" has 27 characters, over its documented maximum of 20', () => {
    const result = validateBody(documentedExampleText, { nowMs: now });
    expect(result.problems.map((p) => [p.severity, p.code, p.pathText])).toEqual([
      ["error", "maxLength", "marketing_activity_datas[0].custom_activity_engagement_list[0].name"],
    ]);
    expect(result.warnings).toBe(0);
  });

  it("with that name shortened, finds nothing at all", () => {
    expect(validateBody(validExample, { nowMs: now }).problems).toEqual([]);
  });
});

describe("one error per documented constraint", () => {
  const custom = "marketing_activity_datas[0].custom_sale_data_list[0]";
  it.each([
    ["list is not a list", '{"marketing_activity_datas": {}}', "type", "marketing_activity_datas"],
    ["long as a string", withItemField("order_num", '"100"'), "type", "marketing_activity_datas[0].order_num"],
    ["long with a fraction", withItemField("order_num", "100.5"), "int64-format", "marketing_activity_datas[0].order_num"],
    ["long written 100.0", withItemField("order_num", "100.0"), "int64-format", "marketing_activity_datas[0].order_num"],
    ["long with an exponent", withItemField("order_num", "1e2"), "int64-format", "marketing_activity_datas[0].order_num"],
    ["long beyond 2^63 − 1", withItemField("order_num", "9223372036854775808"), "int64-range", "marketing_activity_datas[0].order_num"],
    ["long below −2^63", withItemField("order_num", "-9223372036854775809"), "int64-range", "marketing_activity_datas[0].order_num"],
    ["id as a number", withItemField("marketing_event_id", "12323312324"), "type", "marketing_activity_datas[0].marketing_event_id"],
    ["value as a number", withItemField("value", "100"), "type", "marketing_activity_datas[0].custom_activity_engagement_list[0].value"],
    ["type 4", withItemField("type", "4"), "enum", "marketing_activity_datas[0].custom_activity_engagement_list[0].type"],
    ["name of 21 characters", validExample.replace('"FackbookConvRate"', '"' + "x".repeat(21) + '"'), "maxLength", "marketing_activity_datas[0].custom_activity_engagement_list[0].name"],
    ["tool_tips of 31 characters", withItemField("tool_tips", '"' + "x".repeat(31) + '"'), "maxLength", "marketing_activity_datas[0].custom_activity_engagement_list[0].tool_tips"],
    ["custom sale tool_tips of 31 characters", validExample.replace('"Order from Fackbook count"', '"' + "y".repeat(31) + '"'), "maxLength", `${custom}.tool_tips`],
    ["occurred_on with 14 digits", withItemField("occurred_on", "16722468000000"), "maximum", "marketing_activity_datas[0].occurred_on"],
    ["occurred_on with 10 digits", withItemField("occurred_on", "1672246800"), "minimum", "marketing_activity_datas[0].occurred_on"],
    ["product_id as a number", withItemField("product_id", "1606"), "type", "marketing_activity_datas[0].product_sale_list[0].product_id"],
  ])("%s", (_, text, code, path) => {
    const errors = only(text).filter((p) => p.severity === "error");
    expect(errors).toEqual([{ severity: "error", code, path }]);
  });

  it("regional name over 200 characters", () => {
    const text = validExample.replace('"name": "ua"', `"name": "${"é".repeat(201)}"`);
    expect(only(text)).toEqual([{ severity: "error", code: "maxLength", path: "marketing_activity_datas[0].regional_visit_list[0].name" }]);
  });

  it.each(["regional_visit_list", "custom_activity_engagement_list", "custom_sale_data_list"])("%s holds at most 5 items", (list) => {
    const parsed = JSON.parse(validExample) as { marketing_activity_datas: Record<string, unknown[]>[] };
    const entry = JSON.stringify(parsed.marketing_activity_datas[0]?.[list]?.[0]);
    const six = `{"marketing_activity_datas":[{"marketing_event_id":"MA_1","occurred_on":1672246800000,"${list}":[${Array(6).fill(entry).join(",")}]}]}`;
    expect(only(six)).toEqual([{ severity: "error", code: "maxItems", path: `marketing_activity_datas[0].${list}` }]);
    const five = six.replace(`${entry},`, "");
    expect(only(five)).toEqual([]);
  });

  it("a JSON syntax error names line and column", () => {
    const text = validExample.replace('"order_num": 100,', '"order_num": 100');
    const [problem, ...rest] = validateBody(text).problems;
    expect(rest).toEqual([]);
    expect(problem?.message).toBe(`Expected ',' or '}' after a property value, found "\\"" at line 5, column 7.`);
    expect(validateBody(text).parsed).toBe(false);
  });
});

describe("occurred_on: the page's 13-digit stamp", () => {
  it("a 10-digit value is an error quoting the documentation and offering the milliseconds", () => {
    const [problem, ...rest] = validateBody(withItemField("occurred_on", "1672246800"), { nowMs: now }).problems;
    expect(rest).toEqual([]);
    expect(problem?.severity).toBe("error");
    expect(problem?.message).toBe(
      'Must be at least 1000000000000. The documentation asks for a "standard 13- digit stamp"; this has 10 digits. In seconds? Then in milliseconds it is 1672246800000.',
    );
  });
});

describe("nothing to sync: a warning, not an error (the page marks nothing required)", () => {
  it.each([
    ["a missing list", "{}", /"marketing_activity_datas" is missing/],
    ["an empty list", '{"marketing_activity_datas": []}', /"marketing_activity_datas" is empty/],
  ])("%s", (_, text, message) => {
    const result = validateBody(text, { nowMs: now });
    expect(result.problems.map((p) => [p.severity, p.code, p.pathText])).toEqual([["warning", "nothing-to-sync", "marketing_activity_datas"]]);
    expect(result.problems[0]?.message).toMatch(message);
    expect(result.errors).toBe(0);
  });
});

describe("assumptions are worded as checks, never as certainty", () => {
  it.each([
    ["more clicks than impressions", withItemField("click_num", "101")],
    ["a percent value that is not a fraction", withItemField("value", '"high"')],
    ["a percent value over 1", withItemField("value", '"9"')],
    ["an item without an id", '{"marketing_activity_datas": [{"occurred_on": 1672246800000}]}'],
    ["a future time", withItemField("occurred_on", String(now + 86_400_000))],
  ])("%s", (_, text) => {
    const warnings = validateBody(text, { nowMs: now }).problems.filter((p) => p.severity === "warning");
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      expect(warning.message).toMatch(/usually|check whether/i);
      expect(warning.message).not.toMatch(/cannot be true|cannot tell|expects/);
    }
  });
});

describe("64-bit literals are judged from their text", () => {
  const at = "marketing_activity_datas[0].order_num";
  const unsafe = { severity: "warning", code: "unsafe-integer", path: at };
  it.each([
    ["9223372036854775807", [unsafe]],
    ["-9223372036854775808", [unsafe]],
    ["9007199254740991", []],
    ["9007199254740993", [unsafe]],
    ["9223372036854775808", [{ severity: "error", code: "int64-range", path: at }]],
  ])("order_num %s", (literal, expected) => {
    // order_num beyond check_out_sum also trips the counter check; that one is not the subject here.
    expect(only(withItemField("order_num", literal)).filter((p) => p.code !== "counters-inconsistent")).toEqual(expected);
  });
});

describe("warnings", () => {
  it.each([
    ["unknown field with a suggestion", withItemField("order_num", "100, \"click_nun\": 1"), "unknown-field", /did you mean "click_num"/],
    ["unknown field without one", withItemField("order_num", "100, \"zzz_totally_new\": 1"), "unknown-field", /not a documented field\.$/],
    ["occurred_on in the future", withItemField("occurred_on", String(now + 86_400_000)), "timestamp-future", /in the future/],
    ["unsafe integer", withItemField("old_buyer_sum", "9007199254740993"), "unsafe-integer", /sent exactly as typed/],
    ["amount value not a number", validExample.replace('"value": "100"', '"value": "many"'), "value-type", /not a number/],
    ["percent value over 100%", withItemField("value", '"9"'), "value-type", /more than 100%/],
    ["percent value not a fraction", withItemField("value", '"high"'), "value-type", /not a fraction or percentage/],
    ["more clicks than impressions", withItemField("click_num", "101"), "counters-inconsistent", /usually not more clicks than impressions/],
    ["more orders than checkouts", withItemField("order_num", "101"), "counters-inconsistent", /more orders than checkouts/],
    ["more bounced than sent", withItemField("bounced_num", "101"), "counters-inconsistent", /more bounced than sent/],
  ])("%s", (_, text, code, message) => {
    const warnings = validateBody(text, { nowMs: now }).problems.filter((p) => p.code === code);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => w.severity === "warning")).toBe(true);
    expect(warnings[0]?.message).toMatch(message);
  });

  it("an item without marketing_event_id or occurred_on", () => {
    const problems = only('{"marketing_activity_datas": [{"order_num": 1}]}');
    expect(problems).toEqual([
      { severity: "warning", code: "missing-identity", path: "marketing_activity_datas[0]" },
      { severity: "warning", code: "missing-identity", path: "marketing_activity_datas[0]" },
    ]);
  });

  it("percent values written as fractions or percentages are fine", () => {
    expect(only(withItemField("value", '"9%"'))).toEqual([]);
    expect(only(withItemField("value", '"0.5"'))).toEqual([]);
  });
});

describe("bad input never throws", () => {
  it.each([
    ["empty", ""],
    ["whitespace", "   \n"],
    ["not JSON", "hello world"],
    ["a bare number", "42"],
    ["an array", "[1,2,3]"],
    ["deeply nested", "[".repeat(100_000) + "]".repeat(100_000)],
    ["comments", '{"marketing_activity_datas": [] /* hi */}'],
    ["trailing comma", '{"marketing_activity_datas": [{},],}'],
  ])("%s", (_, text) => {
    const result = validateBody(text);
    expect(result.errors).toBeGreaterThan(0);
  });

  it("validates 10,000 items (about 9 MB) and reports the time", () => {
    const text = makeManyItemsBody(10_000).replaceAll('"FackbookOrderConversionRate"', '"FackbookConvRate"');
    const started = performance.now();
    const result = validateBody(text, { nowMs: now });
    const elapsed = performance.now() - started;
    expect(result.problems).toEqual([]);
    console.info(`validateBody: 10,000 items, ${(text.length / 1e6).toFixed(1)} MB in ${elapsed.toFixed(0)} ms`);
  });
});
