import { describe, expect, it } from "vitest";
import { finiteNumberField, isRecord, readTargetSettings, stringField } from "./read-fields";

describe("read-fields", () => {
  it.each([
    [{}, true],
    [[], false],
    [null, false],
    ["x", false],
  ])("isRecord(%j) → %s", (value, expected) => {
    expect(isRecord(value)).toBe(expected);
  });

  it("reads typed fields or null", () => {
    const record = { s: "a", n: 5, inf: Infinity, nan: Number.NaN, wrong: 1 };
    expect([stringField(record, "s"), stringField(record, "wrong"), stringField(record, "missing")]).toEqual(["a", null, null]);
    expect([finiteNumberField(record, "n"), finiteNumberField(record, "inf"), finiteNumberField(record, "nan")]).toEqual([5, null, null]);
  });

  it.each([
    [{ kind: "store", storeHandle: "open001", baseUrl: "" }, { kind: "store", storeHandle: "open001", baseUrl: "" }],
    [{ kind: "custom", storeHandle: "", baseUrl: "http://x", token: "secret" }, { kind: "custom", storeHandle: "", baseUrl: "http://x" }],
    [{ kind: "toString", storeHandle: "", baseUrl: "" }, null],
    [{ kind: "other", storeHandle: "", baseUrl: "" }, null],
    [{ kind: "sandbox", storeHandle: 1, baseUrl: "" }, null],
    [{ kind: "sandbox", storeHandle: "" }, null],
    ["sandbox", null],
  ])("readTargetSettings(%j) → %j", (value, expected) => {
    expect(readTargetSettings(value)).toEqual(expected);
  });
});
