import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { nodeAtPath, type JsonPath } from "../json/json-path";
import { literalOf, parseJson } from "../json/parse-json";
import { buildObjectModel } from "./object-model";
import { setValue, type FormValue } from "./set-value";
import { applyEditsToOriginal } from "../text/text-edit";

const item: JsonPath = ["marketing_activity_datas", 0];
const custom: JsonPath = [...item, "custom_sale_data_list", 0];

function after(text: string, path: JsonPath, value: FormValue): string {
  const result = setValue(text, path, value);
  if (!result.ok) return `error: ${result.error}`;
  return applyEditsToOriginal(text, result.edits);
}

describe("setValue", () => {
  const cases: { name: string; before: string; path: JsonPath; value: FormValue; after: string }[] = [
    {
      name: "int64 max replaces only the digits",
      before: '{"marketing_activity_datas": [{"order_num": 100, "click_num": 1}]}',
      path: [...item, "order_num"],
      value: "9223372036854775807",
      after: '{"marketing_activity_datas": [{"order_num": 9223372036854775807, "click_num": 1}]}',
    },
    {
      name: "int64 min",
      before: '{"marketing_activity_datas":[{"order_num":100}]}',
      path: [...item, "order_num"],
      value: "-9223372036854775808",
      after: '{"marketing_activity_datas":[{"order_num":-9223372036854775808}]}',
    },
    {
      name: "int64 typed with spaces around",
      before: '{"marketing_activity_datas":[{"order_num":100}]}',
      path: [...item, "order_num"],
      value: " 42 ",
      after: '{"marketing_activity_datas":[{"order_num":42}]}',
    },
    {
      name: "a wrong-typed value is replaced by a right one",
      before: '{"marketing_activity_datas":[{"order_num":"100"}]}',
      path: [...item, "order_num"],
      value: "100",
      after: '{"marketing_activity_datas":[{"order_num":100}]}',
    },
    {
      name: "a string is quoted and escaped",
      before: '{"marketing_activity_datas":[{"marketing_event_id":"MA_1"}]}',
      path: [...item, "marketing_event_id"],
      value: 'MA "2"\\\n😀',
      after: '{"marketing_activity_datas":[{"marketing_event_id":"MA \\"2\\"\\\\\\n😀"}]}',
    },
    {
      name: "the empty string",
      before: '{"marketing_activity_datas":[{"marketing_event_id":"MA_1"}]}',
      path: [...item, "marketing_event_id"],
      value: "",
      after: '{"marketing_activity_datas":[{"marketing_event_id":""}]}',
    },
    {
      name: "an enum takes the chosen number",
      before: '{"marketing_activity_datas":[{"custom_sale_data_list":[{"type":3}]}]}',
      path: [...custom, "type"],
      value: 1,
      after: '{"marketing_activity_datas":[{"custom_sale_data_list":[{"type":1}]}]}',
    },
    {
      name: "a duplicate key: the one that counts is set",
      before: '{"marketing_activity_datas":[{"order_num":1,"order_num":2}]}',
      path: [...item, "order_num"],
      value: "3",
      after: '{"marketing_activity_datas":[{"order_num":1,"order_num":3}]}',
    },
  ];
  it.each(cases)("$name", ({ before, path, value, after: expected }) => {
    expect(after(before, path, value)).toBe(expected);
  });

  const refusals: { name: string; before: string; path: JsonPath; value: FormValue; error: string | RegExp }[] = [
    { name: "leading zeros", before: documentedExampleText, path: [...item, "order_num"], value: "0100", error: "No leading zeros: write 100" },
    { name: "past 64 bits", before: documentedExampleText, path: [...item, "order_num"], value: "9223372036854775808", error: /^Outside the 64-bit range/ },
    { name: "a JS number for an int64", before: documentedExampleText, path: [...item, "order_num"], value: 100, error: /passed as its digits/ },
    { name: "not an option", before: documentedExampleText, path: [...custom, "type"], value: 4, error: "Choose one of 1 — amount, 2 — percent, 3 — numerical" },
    { name: "a number for a string", before: documentedExampleText, path: [...item, "marketing_event_id"], value: 5, error: "Expected a string" },
    { name: "a list", before: documentedExampleText, path: [...item, "product_sale_list"], value: "[]", error: "product_sale_list is edited through its own fields and items" },
    { name: "an absent field", before: '{"marketing_activity_datas":[{}]}', path: [...item, "order_num"], value: "1", error: "marketing_activity_datas[0].order_num is absent: add it first" },
    { name: "an undocumented key", before: '{"marketing_activity_datas":[{"x":1}]}', path: [...item, "x"], value: "2", error: "marketing_activity_datas[0].x is not documented, so the form leaves it as it is" },
    { name: "a body that does not parse", before: '{"marketing_activity_datas":[{"order_num":1,}]}', path: [...item, "order_num"], value: "2", error: /^The body is not valid JSON/ },
  ];
  it.each(refusals)("refuses $name, leaving the body alone", ({ before, path, value, error }) => {
    const result = setValue(before, path, value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it("gives no edit when the literal is unchanged (100 stays 100)", () => {
    expect(setValue(documentedExampleText, [...item, "order_num"], "100")).toEqual({ ok: true, edits: [] });
  });

  it("round-trips 9223372036854775807 unchanged through the model", () => {
    const text = after(documentedExampleText, [...item, "old_buyer_sum"], "9223372036854775807");
    const model = buildObjectModel(text, parseJson(text).root ?? fail(), item);
    const field = model.ok ? model.fields.find((entry) => entry.field.name === "old_buyer_sum") : undefined;
    expect(field?.kind === "int64" && field.literal).toBe("9223372036854775807");
  });
});

function fail(): never {
  throw new Error("setup");
}

/** The body with every other byte as it was: only the old value's span changed. */
function expectOnlyValueChanged(before: string, afterText: string, path: JsonPath, literal: string): void {
  const node = nodeAtPath(parseJson(before).root, path) ?? fail();
  expect(afterText).toBe(before.slice(0, node.offset) + literal + before.slice(node.offset + node.length));
}

describe("setValue, for any input", () => {
  const odd = '{\r\n\t"marketing_activity_datas" :[ {"regional_visit_list":[ {"name" :  "ua",\t"count":1} ],\r\n\t\t"order_num":   -0 }]}';

  it("writes any 64-bit integer exactly and reads back the same digits", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (value) => {
        const digits = value.toString();
        const path = [...item, "order_num"];
        const text = after(odd, path, digits);
        expectOnlyValueChanged(odd, text, path, digits);
        const model = buildObjectModel(text, parseJson(text).root ?? fail(), item);
        const field = model.ok ? model.fields.find((entry) => entry.field.name === "order_num") : undefined;
        expect(field?.kind === "int64" && field.literal).toBe(digits);
      }),
    );
  });

  it("writes any string within maxLength and reads back the same string", () => {
    const path = [...item, "regional_visit_list", 0, "name"];
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (value) => {
        const text = after(odd, path, value);
        const node = nodeAtPath(parseJson(text).root, path) ?? fail();
        expectOnlyValueChanged(odd, text, path, literalOf(text, node));
        const model = buildObjectModel(text, parseJson(text).root ?? fail(), [...item, "regional_visit_list", 0]);
        const field = model.ok ? model.fields.find((entry) => entry.field.name === "name") : undefined;
        expect(field?.kind === "string" && field.displayValue).toBe(value);
        expect(field?.kind === "string" && field.counter?.overLimit).toBe(false);
      }),
    );
  });
});
