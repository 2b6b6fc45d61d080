import { describe, expect, it } from "vitest";
import { encodePermalink } from "../permalink/permalink";
import { defaultTargetSettings } from "../request/target";
import { firstBodyText, firstScreenOf } from "./first-body";
import { makeStoredDraft } from "./stored-draft";

const example = '{"example":true}';
const linked = encodePermalink({ bodyText: '{"linked":1}', target: defaultTargetSettings });
const draft = JSON.stringify(makeStoredDraft({ bodyText: '{"draft":2}', target: defaultTargetSettings }, 5));

describe("firstBodyText", () => {
  it.each([
    ["a permalink wins over the draft", `#${linked}`, draft, '{"linked":1}'],
    ["the draft without a fragment", "", draft, '{"draft":2}'],
    ["the draft behind a fragment that is no permalink", "#section", draft, '{"draft":2}'],
    ["the draft behind a broken permalink", "#v1.@@", draft, '{"draft":2}'],
    ["the example without either", "#", null, example],
    ["the example behind a draft that is not JSON", "", "{nope", example],
    ["the example behind JSON that is no draft", "", '{"bodyText":3}', example],
  ])("%s", (_name, fragment, stored, expected) => {
    expect(firstBodyText(fragment, stored, example)).toBe(expected);
  });
});

describe("firstScreenOf", () => {
  it.each([
    ["keeps a short text whole", "a\nb\nc", 200, 100, "a\nb\nc"],
    ["stops before the line past the limit", "a\nb\nc\nd", 2, 100, "a\nb"],
    ["stops at the character limit", "abcdef", 200, 4, "abcd"],
    ["keeps an empty text", "", 2, 4, ""],
  ])("%s", (_name, text, lines, chars, expected) => {
    expect(firstScreenOf(text, lines, chars)).toBe(expected);
  });
});
