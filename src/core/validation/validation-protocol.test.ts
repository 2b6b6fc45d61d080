import { describe, expect, expectTypeOf, it } from "vitest";
import type { ProblemsUpdate } from "./problems-update";
import type { TextEdit } from "../text/text-edit";
import type { FromValidationWorker, ToValidationWorker } from "./validation-protocol";

/** postMessage copies with the structured clone algorithm: what it drops or changes would break the protocol. */
describe("validation worker messages", () => {
  const toWorker: readonly ToValidationWorker[] = [
    { kind: "text", version: 1, text: '{"a": 1}', nowMs: 5 },
    { kind: "edits", version: 2, edits: [{ offset: 6, length: 1, text: "22" }], lengthAfter: 9, nowMs: 6 },
  ];
  const fromWorker: readonly FromValidationWorker[] = [
    { kind: "result", version: 2, update: { kind: "full", problems: [] }, parsed: true, items: new Float64Array([1, 7]), elapsedMs: 0.5 },
    { kind: "result", version: 3, update: { kind: "patch", start: 0, deleteCount: 1, insert: [], shift: -2 }, parsed: false, items: null, elapsedMs: 1 },
    { kind: "resync", version: 4 },
  ];

  it.each([...toWorker, ...fromWorker])("a $kind message crosses to the other thread unchanged", (message) => {
    expect(structuredClone(message)).toEqual(message);
  });

  it("item spans stay a Float64Array (the page reads them as pairs of numbers)", () => {
    const copy = structuredClone(fromWorker[0]);
    expect(copy?.kind === "result" && copy.items).toBeInstanceOf(Float64Array);
  });

  it("every message says the version it makes or describes; the kinds are these", () => {
    expectTypeOf<ToValidationWorker["kind"]>().toEqualTypeOf<"text" | "edits">();
    expectTypeOf<FromValidationWorker["kind"]>().toEqualTypeOf<"result" | "resync">();
    expectTypeOf<ToValidationWorker["version"] & FromValidationWorker["version"]>().toEqualTypeOf<number>();
    expectTypeOf<Extract<ToValidationWorker, { kind: "edits" }>["edits"]>().toEqualTypeOf<readonly TextEdit[]>();
    expectTypeOf<Extract<FromValidationWorker, { kind: "result" }>["update"]>().toEqualTypeOf<ProblemsUpdate>();
  });
});
