import { describe, expect, it } from "vitest";
import { editError, editsOk } from "./edit-result";

describe("edit results", () => {
  it("carry the focus path only when given", () => {
    expect(editsOk([])).toEqual({ ok: true, edits: [] });
    expect(editsOk([], ["a", 0])).toEqual({ ok: true, edits: [], focusPath: ["a", 0] });
    expect(editError("no")).toEqual({ ok: false, error: "no" });
  });
});
