import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointLength, stringCounter } from "./string-counter";

describe("codePointLength", () => {
  it.each([
    ["", 0],
    ["ua", 2],
    ["é", 1],
    ["😀", 1],
    ["a😀b", 3],
    ["\ud83d", 1], // a lone surrogate still counts once
    ["\ude00\ud83d", 2],
  ])("%j has %i characters", (value, length) => {
    expect(codePointLength(value)).toBe(length);
  });

  it("agrees with Array.from on any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (value) => codePointLength(value) === Array.from(value).length));
  });
});

describe("stringCounter", () => {
  it.each([
    ["FackbookOrderCount", 20, { length: 18, max: 20, atLimit: false, overLimit: false, label: "18 / 20" }],
    ["FackbookOrderCountXY", 20, { length: 20, max: 20, atLimit: true, overLimit: false, label: "20 / 20" }],
    ["FackbookOrderConversionRate", 20, { length: 27, max: 20, atLimit: true, overLimit: true, label: "27 / 20" }],
    ["😀😀", 2, { length: 2, max: 2, atLimit: true, overLimit: false, label: "2 / 2" }],
  ])("%j within %i", (value, max, counter) => {
    expect(stringCounter(value, max)).toEqual(counter);
  });
});
