import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyEditsInOrder, type TextEdit } from "../text/text-edit";
import { composeChangedRange, type ChangedRange } from "./changed-range";

/** Edits drawn without knowing the text; `fit` clamps one to the text it is applied to. */
const rawEdit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 4 }), text: fc.string({ maxLength: 4 }) });
const fit = (raw: { at: number; cut: number; text: string }, length: number): TextEdit => {
  const offset = raw.at % (length + 1);
  return { offset, length: Math.min(raw.cut, length - offset), text: raw.text };
};

describe("composeChangedRange", () => {
  it("covers every character that differs, edit after edit", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(rawEdit, { minLength: 1, maxLength: 6 }), (start, raws) => {
        let text = start;
        let range: ChangedRange | undefined;
        for (const raw of raws) {
          const next = fit(raw, text.length);
          text = applyEditsInOrder(text, [next]) ?? "";
          range = composeChangedRange(range, next);
        }
        if (!range) throw new Error("at least one edit");
        // Outside the range, old and new agree; the range's lengths account for the whole change.
        expect(text.length - start.length).toBe(range.newEnd - range.oldEnd);
        expect(text.slice(0, range.start)).toBe(start.slice(0, range.start));
        expect(text.slice(range.newEnd)).toBe(start.slice(range.oldEnd));
      }),
      { numRuns: 1000 },
    );
  });

  it.each<[ChangedRange | undefined, TextEdit, ChangedRange]>([
    [undefined, { offset: 4, length: 2, text: "xyz" }, { start: 4, oldEnd: 6, newEnd: 7 }],
    // Typing on: the range grows at its end.
    [{ start: 4, oldEnd: 4, newEnd: 5 }, { offset: 5, length: 0, text: "b" }, { start: 4, oldEnd: 4, newEnd: 6 }],
    // An edit before the range widens it to the left.
    [{ start: 10, oldEnd: 12, newEnd: 13 }, { offset: 2, length: 1, text: "" }, { start: 2, oldEnd: 12, newEnd: 12 }],
    // An edit after the range reaches into the unchanged tail.
    [{ start: 10, oldEnd: 12, newEnd: 13 }, { offset: 20, length: 2, text: "q" }, { start: 10, oldEnd: 21, newEnd: 21 }],
  ])("%j then %j → %j", (range, next, expected) => {
    expect(composeChangedRange(range, next)).toEqual(expected);
  });
});
