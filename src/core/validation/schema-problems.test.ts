import type { ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { schemaProblems } from "./schema-problems";

const error = (keyword: string, data: unknown, params: Record<string, unknown>, parentSchema: Record<string, unknown> = {}, instancePath = "/marketing_activity_datas/0/x"): ErrorObject =>
  ({ keyword, instancePath, schemaPath: "#", params, data, parentSchema }) as ErrorObject;

const messageOf = (e: ErrorObject) => schemaProblems([e])[0]?.message;

describe("schemaProblems", () => {
  it.each([
    ["maxLength counts code points, as JSON Schema does (an emoji is one character, two UTF-16 units)", error("maxLength", "😀😀😀", { limit: 2 }), "At most 2 characters allowed; this has 3."],
    ["maxLength of plain text", error("maxLength", "FackbookOrderConversionRate", { limit: 20 }), "At most 20 characters allowed; this has 27."],
    ["maxItems", error("maxItems", [1, 2, 3, 4, 5, 6], { limit: 5 }), "At most 5 items allowed; this list has 6."],
    ["minItems", error("minItems", [], { limit: 1 }), "At least 1 item required; this list is empty."],
    ["type on a long", error("type", "12", { type: "integer" }, { type: "integer", format: "int64" }), 'Expected a long (64-bit integer), found the string "12".'],
    ["type with a fraction", error("type", 1.5, { type: "integer" }, { type: "integer" }), "Expected an integer, found the fraction 1.5."],
    ["type with null", error("type", null, { type: "string" }, { type: "string" }), "Expected a string, found null."],
    ["enum", error("enum", 4, {}, { enum: [1, 2], enumDescriptions: ["amount", "percent"] }), "Must be one of 1 (amount), 2 (percent); found 4."],
    ["required", error("required", {}, { missingProperty: "marketing_activity_datas" }, {}, ""), 'Missing required field "marketing_activity_datas".'],
  ])("%s", (_, e, expected) => expect(messageOf(e)).toBe(expected));

  it("shortens long strings quoted in a type message", () => {
    expect(messageOf(error("type", "x".repeat(50), {}, { type: "integer" }))).toBe(`Expected an integer, found the string "${"x".repeat(40)}…".`);
  });

  it("points a missing field at its object's opening brace", () => {
    expect(schemaProblems([error("required", {}, { missingProperty: "a" }, {}, "/marketing_activity_datas/0")])[0]).toMatchObject({
      path: ["marketing_activity_datas", 0, "a"],
      anchor: "start",
      anchorPath: ["marketing_activity_datas", 0],
    });
  });

  it("points other problems at the value, with array indices as numbers", () => {
    expect(schemaProblems([error("maxLength", "abc", { limit: 1 })])[0]).toMatchObject({ path: ["marketing_activity_datas", 0, "x"], anchor: "value", severity: "error", code: "maxLength" });
  });
});
