import { describe, expect, it } from "vitest";
import { applyEdits, editError, editsOk, type TextEdit } from "./text-edit";

describe("applyEdits", () => {
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
    expect(applyEdits(text, edits)).toBe(after);
  });

  it("refuses overlapping edits and edits past the end", () => {
    expect(() => applyEdits("abcdef", [{ offset: 1, length: 3, text: "" }, { offset: 2, length: 1, text: "x" }])).toThrow(RangeError);
    expect(() => applyEdits("ab", [{ offset: 1, length: 5, text: "" }])).toThrow(RangeError);
  });
});

describe("edit results", () => {
  it("carry the focus path only when given", () => {
    expect(editsOk([])).toEqual({ ok: true, edits: [] });
    expect(editsOk([], ["a", 0])).toEqual({ ok: true, edits: [], focusPath: ["a", 0] });
    expect(editError("no")).toEqual({ ok: false, error: "no" });
  });
});
