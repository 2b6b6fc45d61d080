import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { makeManyItemsBody } from "../../testing/many-items";
import { isLargeBody, largeBodyChars } from "./large-body";

describe("isLargeBody", () => {
  it.each([
    ["the documented example", documentedExampleText, false],
    ["one character short of the cut-off", "x".repeat(largeBodyChars - 1), false],
    ["exactly the cut-off", "x".repeat(largeBodyChars), true],
    ["the benchmark's 1,000 items", makeManyItemsBody(1000), true],
  ])("%s: %s", (_name, text, large) => {
    expect(isLargeBody(text)).toBe(large);
  });

  it("about 150 items of the documented example make a large body: 200 do, 10 do not", () => {
    expect(isLargeBody(makeManyItemsBody(10))).toBe(false);
    expect(isLargeBody(makeManyItemsBody(200))).toBe(true);
  });
});
