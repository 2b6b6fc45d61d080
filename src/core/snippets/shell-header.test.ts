import { describe, expect, it } from "vitest";
import { shellHeaderWord } from "./shell-header";

describe("shellHeaderWord", () => {
  it.each([
    [{ name: "accept", value: { kind: "literal", text: "application/json" } }, ": ", "'accept: application/json'"],
    [{ name: "X", value: { kind: "literal", text: "it's" } }, ":", `'X:it'\\''s'`],
    [{ name: "Authorization", value: { kind: "env", prefix: "Bearer ", variable: "T" } }, ": ", '"Authorization: Bearer $T"'],
  ] as const)("writes %j", (header, separator, word) => {
    expect(shellHeaderWord(header, separator)).toBe(word);
  });
});
