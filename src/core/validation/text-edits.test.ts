import { describe, expectTypeOf, it } from "vitest";
import type { TextEdit as OneTextEdit } from "../text/text-edit";
import type { TextEdit } from "./text-edits";

describe("text-edits (a forwarding module)", () => {
  it("forwards the one TextEdit, not a second type of that name", () => {
    expectTypeOf<TextEdit>().toEqualTypeOf<OneTextEdit>();
  });
});
