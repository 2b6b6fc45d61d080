import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { packSpans, unpackSpans } from "./span-packing";

describe("packSpans / unpackSpans", () => {
  it("round-trips any spans", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ offset: fc.nat(), length: fc.nat() })), (spans) => {
        expect(unpackSpans(packSpans(spans))).toEqual(spans);
      }),
    );
  });

  it("packs two numbers per span", () => {
    expect([...packSpans([{ offset: 3, length: 9 }, { offset: 14, length: 2 }])]).toEqual([3, 9, 14, 2]);
  });
});
