import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { indexItems } from "../body/items-index";
import { makeManyItemsBody } from "../../testing/many-items";
import { createIncrementalValidator } from "./incremental-validator";
import { applyProblemsUpdate } from "./problems-update";
import { applyEditsInOrder } from "../text/text-edit";
import { composeChangedRange, type ChangedRange } from "./changed-range";
import { validateBody } from "./validate-body";

const now = Date.UTC(2026, 10, 27);
const base = makeManyItemsBody(4);

/** Replacements people make while typing: digits, quotes, letters, braces, commas, keys. */
const replacement = fc.constantFrom("", "1", "9", "-", ".", "e", "x", '"', "{", "}", ",", "[", "]", ":", '"zz": 1,', "99999999999999999999", "4", "0.5");
/** One check after 1–3 edits; the caller either names the changed range or leaves it to be found. */
const step = fc.record({
  edits: fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 3 }), text: replacement }), { minLength: 1, maxLength: 3 }),
  withRange: fc.boolean(),
});

describe("createIncrementalValidator", () => {
  it("always equals a full validation, and its update and items say how it got there", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        const validator = createIncrementalValidator();
        let text = base;
        let problems = validator.check(text, now).result.problems;
        expect(problems).toEqual(validateBody(text, { nowMs: now }).problems);
        for (const { edits, withRange } of steps) {
          let range: ChangedRange | undefined;
          for (const raw of edits) {
            const offset = raw.at % (text.length + 1);
            const edit = { offset, length: Math.min(raw.cut, text.length - offset), text: raw.text };
            text = applyEditsInOrder(text, [edit]) ?? "";
            range = composeChangedRange(range, edit);
          }
          const outcome = validator.check(text, now, withRange ? range : undefined);
          expect(outcome.result).toEqual(validateBody(text, { nowMs: now }));
          expect(applyProblemsUpdate(problems, outcome.update)).toEqual(outcome.result.problems);
          if (outcome.result.parsed) expect(outcome.items).toEqual(indexItems(text));
          problems = outcome.result.problems;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("re-checks only the edited item of a large body", () => {
    const validator = createIncrementalValidator();
    const text = makeManyItemsBody(2000);
    validator.validate(text, now);
    expect(validator.lastMode).toBe("full");
    const at = text.lastIndexOf('"order_num": 100') + '"order_num": '.length;
    const edited = `${text.slice(0, at)}"100"${text.slice(at + 3)}`;
    const outcome = validator.check(edited, now, { start: at, oldEnd: at + 3, newEnd: at + 5 });
    expect(outcome.mode).toBe("item");
    expect(outcome.result).toEqual(validateBody(edited, { nowMs: now }));
    expect(outcome.result.problems.map((p) => `${p.code} ${p.pathText}`)).toContain("type marketing_activity_datas[1999].order_num");
    // Only the edited item's problems travel: the others are moved, not resent.
    expect(outcome.update).toMatchObject({ kind: "patch", start: 1999, deleteCount: 1, shift: 2 });
  });

  it("moves later problems by the length of an edit in an earlier item", () => {
    const validator = createIncrementalValidator();
    const text = makeManyItemsBody(3);
    validator.validate(text, now);
    // A letter typed into the first item's tool tip (29 → 30 characters, the most allowed).
    const at = text.indexOf('"tool_tips": "') + '"tool_tips": "'.length;
    const edited = `${text.slice(0, at)}a${text.slice(at)}`;
    const outcome = validator.check(edited, now);
    expect(outcome.result).toEqual(validateBody(edited, { nowMs: now }));
    expect(outcome.mode).toBe("item");
  });

  it("answers an unchanged text with the same problems", () => {
    const validator = createIncrementalValidator();
    const first = validator.check(base, now).result;
    const again = validator.check(base, now);
    expect(again.mode).toBe("unchanged");
    expect(applyProblemsUpdate(first.problems, again.update)).toBe(first.problems);
  });
});
