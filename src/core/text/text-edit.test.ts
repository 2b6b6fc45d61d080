import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEditsInOrder, applyEditsToOriginal, type TextEdit } from "./text-edit";

describe("applyEditsToOriginal", () => {
  const cases: { name: string; text: string; edits: TextEdit[]; after: string }[] = [
    { name: "no edits", text: "abc", edits: [], after: "abc" },
    { name: "replace", text: '{"a": 100}', edits: [{ offset: 6, length: 3, text: "7" }], after: '{"a": 7}' },
    { name: "insert", text: "[1]", edits: [{ offset: 2, length: 0, text: ",2" }], after: "[1,2]" },
    { name: "delete", text: "[1,2]", edits: [{ offset: 2, length: 2, text: "" }], after: "[1]" },
    {
      name: "two edits given in either order refer to the original text",
      text: "[aaa, b]",
      edits: [
        { offset: 1, length: 3, text: "b" },
        { offset: 6, length: 1, text: "aaa" },
      ],
      after: "[b, aaa]",
    },
    {
      name: "reversed order gives the same",
      text: "[aaa, b]",
      edits: [
        { offset: 6, length: 1, text: "aaa" },
        { offset: 1, length: 3, text: "b" },
      ],
      after: "[b, aaa]",
    },
    { name: "edit at the very end", text: "ab", edits: [{ offset: 2, length: 0, text: "c" }], after: "abc" },
  ];
  it.each(cases)("$name", ({ text, edits, after }) => {
    expect(applyEditsToOriginal(text, edits)).toBe(after);
  });

  it("refuses overlapping edits and edits past the end", () => {
    expect(() => applyEditsToOriginal("abcdef", [{ offset: 1, length: 3, text: "" }, { offset: 2, length: 1, text: "x" }])).toThrow(RangeError);
    expect(() => applyEditsToOriginal("ab", [{ offset: 1, length: 5, text: "" }])).toThrow(RangeError);
  });
});

describe("applyEditsInOrder", () => {
  it.each<[string, TextEdit[], string | undefined]>([
    ["abc", [], "abc"],
    ["abc", [{ offset: 1, length: 1, text: "XY" }], "aXYc"],
    ["abc", [{ offset: 3, length: 0, text: "!" }], "abc!"],
    ["abc", [{ offset: 0, length: 3, text: "" }], ""],
    // Monaco's multi-cursor batches come last-first, each in the coordinates the previous left.
    ["a b c", [{ offset: 4, length: 1, text: "CC" }, { offset: 0, length: 1, text: "AA" }], "AA b CC"],
    ["abc", [{ offset: 2, length: 2, text: "" }], undefined],
    ["abc", [{ offset: -1, length: 0, text: "" }], undefined],
    ["abc", [{ offset: 0.5, length: 0, text: "" }], undefined],
  ])("%j + %j → %j", (text, edits, expected) => {
    expect(applyEditsInOrder(text, edits)).toBe(expected);
  });
});

describe("the two orders", () => {
  it("agree on one edit, and on edits given last-first", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 3 }), text: fc.string({ maxLength: 3 }) }), { maxLength: 4 }), (text, raws) => {
        // Non-overlapping edits of the original text, sorted from the end backwards.
        const edits: TextEdit[] = [];
        let limit = text.length;
        for (const raw of [...raws].sort((x, y) => y.at - x.at)) {
          const offset = raw.at % (limit + 1);
          const length = Math.min(raw.cut, limit - offset);
          edits.push({ offset, length, text: raw.text });
          limit = offset;
        }
        expect(applyEditsInOrder(text, edits)).toBe(applyEditsToOriginal(text, edits));
      }),
    );
  });
});
