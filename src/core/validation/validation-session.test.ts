import { describe, expect, it } from "vitest";
import { makeManyItemsBody } from "../../testing/many-items";
import { indexItems } from "../body/items-index";
import { applyProblemsUpdate } from "./problems-update";
import type { Problem } from "./problem";
import { unpackSpans } from "./span-packing";
import { validateBody } from "./validate-body";
import { createIncrementalValidator, type IncrementalValidator } from "./incremental-validator";
import { createValidationSession } from "./validation-session";

const nowMs = Date.UTC(2026, 10, 27);
const body = makeManyItemsBody(3);
const at = body.indexOf('"order_num": 100') + '"order_num": '.length;

describe("createValidationSession", () => {
  it("follows edits and answers each check with a patch that rebuilds the full result", () => {
    const session = createValidationSession();
    expect(session.receive({ kind: "text", version: 1, text: body, nowMs })).toBeUndefined();
    const first = session.check();
    expect(first?.version).toBe(1);
    let problems: readonly Problem[] = applyProblemsUpdate([], first?.update ?? { kind: "full", problems: [] });
    expect(problems).toEqual(validateBody(body, { nowMs }).problems);

    // Two edits before the next check: both are taken in, one check answers for the last version.
    const edited = `${body.slice(0, at)}"x"${body.slice(at + 3)}`;
    session.receive({ kind: "edits", version: 2, edits: [{ offset: at, length: 3, text: "" }], lengthAfter: body.length - 3, nowMs });
    session.receive({ kind: "edits", version: 3, edits: [{ offset: at, length: 0, text: '"x"' }], lengthAfter: edited.length, nowMs });
    const second = session.check();
    expect(second).toMatchObject({ kind: "result", version: 3, parsed: true });
    problems = applyProblemsUpdate(problems, second?.update ?? { kind: "full", problems: [] });
    expect(problems).toEqual(validateBody(edited, { nowMs }).problems);
    expect(unpackSpans(second?.items ?? new Float64Array())).toEqual(indexItems(edited));
    // Nothing changed since: nothing to check.
    expect(session.check()).toBeUndefined();
  });

  it("asks for the whole text when edits do not fit its copy, and ignores edits until it comes", () => {
    const session = createValidationSession();
    session.receive({ kind: "text", version: 1, text: body, nowMs });
    session.check();
    // The page says the text is now one character longer than these edits make it.
    expect(session.receive({ kind: "edits", version: 2, edits: [{ offset: 0, length: 0, text: " " }], lengthAfter: body.length + 2, nowMs })).toEqual({ kind: "resync", version: 2 });
    expect(session.receive({ kind: "edits", version: 3, edits: [{ offset: 0, length: 0, text: " " }], lengthAfter: body.length + 3, nowMs })).toBeUndefined();
    expect(session.check()).toBeUndefined();
    session.receive({ kind: "text", version: 4, text: `  ${body}`, nowMs });
    const result = session.check();
    expect(result?.version).toBe(4);
    expect(applyProblemsUpdate([], result?.update ?? { kind: "full", problems: [] })).toEqual(validateBody(`  ${body}`, { nowMs }).problems);
  });

  it.each([
    ["past the end", { offset: body.length + 1, length: 0, text: "x" }],
    ["a negative offset", { offset: -1, length: 0, text: "x" }],
  ])("asks for the whole text after an edit %s", (_case, edit) => {
    const session = createValidationSession();
    session.receive({ kind: "text", version: 1, text: body, nowMs });
    expect(session.receive({ kind: "edits", version: 2, edits: [edit], lengthAfter: body.length + 1, nowMs })).toEqual({ kind: "resync", version: 2 });
  });

  it("answers for 70,000 items that each carry warnings (spreading them into push() threw a RangeError)", () => {
    const items = Array.from({ length: 70_000 }, () => "{}").join(",");
    const text = `{"marketing_activity_datas":[${items}]}`;
    const session = createValidationSession();
    session.receive({ kind: "text", version: 1, text, nowMs });
    const result = session.check();
    const problems = applyProblemsUpdate([], result?.update ?? { kind: "full", problems: [] });
    // Each item lacks marketing_event_id and occurred_on: two warnings each.
    expect(problems).toHaveLength(140_000);
    expect(problems.every((p) => p.severity === "warning" && p.code === "missing-identity")).toBe(true);
  });

  it("answers a failing check with the 'check failed' problem for that version, then checks afresh", () => {
    let fail = true;
    const validators: IncrementalValidator[] = [];
    const session = createValidationSession(() => {
      const real = createIncrementalValidator();
      const validator: IncrementalValidator = {
        ...real,
        check: (...args) => {
          if (fail) throw new RangeError("Maximum call stack size exceeded");
          return real.check(...args);
        },
      };
      validators.push(validator);
      return validator;
    });
    session.receive({ kind: "text", version: 1, text: body, nowMs });
    expect(() => session.check()).not.toThrow();
    session.receive({ kind: "edits", version: 2, edits: [{ offset: 0, length: 0, text: " " }], lengthAfter: body.length + 1, nowMs });
    const failed = session.check();
    expect(failed).toMatchObject({ kind: "result", version: 2, items: null });
    expect(applyProblemsUpdate([], failed?.update ?? { kind: "full", problems: [] })).toEqual([
      expect.objectContaining({ severity: "warning", code: "check-failed", message: expect.stringContaining("The check failed: RangeError: Maximum call stack size exceeded") }),
    ]);
    // The failed validator is replaced; once checking works the answer is whole again.
    fail = false;
    session.receive({ kind: "edits", version: 3, edits: [{ offset: 0, length: 1, text: "" }], lengthAfter: body.length, nowMs });
    const recovered = session.check();
    expect(recovered?.update).toEqual({ kind: "full", problems: validateBody(body, { nowMs }).problems });
    expect(validators.length).toBeGreaterThan(1);
  });
});
