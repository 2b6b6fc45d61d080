import { describe, expect, it } from "vitest";
import { customValueType } from "../../endpoint/item-fields";
import { formatCustomValue } from "./custom-value";

const { amount, percent, numerical } = customValueType;

describe("formatCustomValue", () => {
  it.each<[unknown, string, string, boolean]>([
    [percent, "0.09", "9%", true],
    [percent, "9%", "9%", true],
    [percent, "12.5%", "12.5%", true],
    [percent, "0.125", "12.5%", true],
    [percent, "nine", "nine", false],
    [amount, "1234567.89", "1,234,567.89", true],
    [amount, "100", "100", true],
    [amount, "$100", "$100", false],
    [numerical, "100", "100", true],
    [numerical, "12345678901234567890", "12,345,678,901,234,567,890", true],
    [numerical, "9%", "9%", false],
    [4, "0.09", "0.09", false],
    [undefined, "100", "100", false],
  ])("type %s, %j → %j", (type, value, text, understood) => {
    expect(formatCustomValue(type, value, "en-US")).toEqual({ text, understood });
  });
});
