import { describe, expect, it } from "vitest";
import { migrateForward, type VersionedShape } from "./migrate";
import { stringField } from "./read-fields";

/** A toy shape: v0 `{ n }` → v1 `{ name }` → v2 `{ name, tags }`. */
const shape: VersionedShape<{ version: 2; name: string; tags: string[] }> = {
  current: 2,
  unversioned: 0,
  steps: {
    0: (old) => (typeof old["n"] === "string" ? { version: 1, name: old["n"] } : null),
    1: (old) => ({ ...old, version: 2, tags: [] }),
  },
  read: (value) => {
    const name = stringField(value, "name");
    return value["version"] === 2 && name !== null && Array.isArray(value["tags"]) ? { version: 2, name, tags: [] } : null;
  },
};

describe("migrateForward", () => {
  it.each([
    ["unversioned (v0)", { n: "a" }, { version: 2, name: "a", tags: [] }],
    ["explicit v0", { version: 0, n: "a" }, { version: 2, name: "a", tags: [] }],
    ["v1", { version: 1, name: "b" }, { version: 2, name: "b", tags: [] }],
    ["current", { version: 2, name: "c", tags: [] }, { version: 2, name: "c", tags: [] }],
    ["a step refusing", { version: 0, n: 5 }, null],
    ["current but malformed", { version: 2, name: "c" }, null],
    ["newer than the app", { version: 3, name: "d", tags: [] }, null],
    ["negative version", { version: -1 }, null],
    ["fractional version", { version: 1.5, name: "e" }, null],
    ["string version", { version: "1", name: "e" }, null],
    ["an array", [1, 2], null],
    ["null", null, null],
    ["a number", 42, null],
  ])("%s", (_name, value, expected) => {
    expect(migrateForward(value, shape)).toEqual(expected);
  });

  it("refuses unversioned data when the shape knows no unversioned form", () => {
    const { unversioned: _ignored, ...strict } = shape;
    expect(migrateForward({ n: "a" }, strict)).toBeNull();
  });

  it("refuses a version with no step forward", () => {
    expect(migrateForward({ version: 0, n: "a" }, { ...shape, steps: { 1: shape.steps[1]! } })).toBeNull();
  });
});
