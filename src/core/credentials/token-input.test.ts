import { describe, expect, it } from "vitest";
import { normalizeTokenInput } from "./token-input";

describe("normalizeTokenInput", () => {
  it.each([
    ["abc", "abc", null],
    ["Bearer abc.def", "abc.def", "Bearer"],
    ["bearer   abc", "abc", "bearer"],
    ["  BEARER: abc", "abc", "BEARER:"],
    ["Authorization: Bearer abc", "abc", "Authorization: Bearer"],
    // Still being typed, or a token that merely starts with the word: left alone.
    ["Bearer", "Bearer", null],
    ["Bearer ", "Bearer ", null],
    ["Bearerabc", "Bearerabc", null],
    ["", "", null],
  ])("%j → %j", (text, token, stripped) => {
    expect(normalizeTokenInput(text)).toEqual({ token, stripped });
  });
});
