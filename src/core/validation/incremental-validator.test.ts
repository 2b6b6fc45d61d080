import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { makeManyItemsBody } from "../sample/many-items";
import { createIncrementalValidator } from "./incremental-validator";
import { validateBody } from "./validate-body";

const now = Date.UTC(2026, 10, 27);
const base = makeManyItemsBody(4);

/** Replacements people make while typing: digits, quotes, letters, braces, commas, keys. */
const replacement = fc.constantFrom("", "1", "9", "-", ".", "e", "x", '"', "{", "}", ",", "[", "]", ":", '"zz": 1,', "99999999999999999999", "4", "0.5");

describe("createIncrementalValidator", () => {
  it("always equals a full validation, edit after edit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 3 }), text: replacement }), { minLength: 1, maxLength: 8 }),
        (edits) => {
          const validator = createIncrementalValidator();
          let text = base;
          expect(validator.validate(text, now)).toEqual(validateBody(text, { nowMs: now }));
          for (const edit of edits) {
            const at = edit.at % text.length;
            text = text.slice(0, at) + edit.text + text.slice(at + edit.cut);
            expect(validator.validate(text, now)).toEqual(validateBody(text, { nowMs: now }));
          }
        },
      ),
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
    const result = validator.validate(edited, now);
    expect(validator.lastMode).toBe("item");
    expect(result).toEqual(validateBody(edited, { nowMs: now }));
    expect(result.problems.map((p) => `${p.code} ${p.pathText}`)).toContain("type marketing_activity_datas[1999].order_num");
  });

  it("moves later problems by the length of an edit in an earlier item", () => {
    const validator = createIncrementalValidator();
    const text = makeManyItemsBody(3);
    validator.validate(text, now);
    const at = text.indexOf('"order_num": 100') + '"order_num": '.length;
    const edited = `${text.slice(0, at)}12345${text.slice(at + 3)}`;
    expect(validator.validate(edited, now)).toEqual(validateBody(edited, { nowMs: now }));
    expect(validator.lastMode).toBe("item");
  });
});
