import { describe, expect, it } from "vitest";
import { longNameOf, takesArgument } from "./curl-options";

describe("curl options", () => {
  it.each([
    ["--header", true],
    ["--data-raw", true],
    ["--json", true],
    ["--expand-data", true],
    ["--url", true],
    ["--silent", false],
    ["--compressed", false],
    ["--location", false],
    ["--unknown-flag", false],
  ])("%s takes an argument: %s", (name, expected) => {
    expect(takesArgument(name)).toBe(expected);
  });

  it.each([
    ["X", "--request"],
    ["H", "--header"],
    ["d", "--data"],
    ["s", "--silent"],
    ["#", "-#"],
  ])("-%s is %s", (letter, name) => {
    expect(longNameOf(letter)).toBe(name);
  });
});
