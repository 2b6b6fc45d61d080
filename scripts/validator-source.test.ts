import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { makeValidatorSource } from "./validator-source";

const committedPath = fileURLToPath(new URL("../src/endpoint/generated/validate-body.js", import.meta.url));

describe("the generated validator", () => {
  it("is what src/endpoint/schema.ts compiles to today (run `npm run generate` after changing the schema)", () => {
    // Compared as whole text: a changed limit, enum or type anywhere in the schema shows here,
    // not only through whichever unit test happens to pin that value.
    expect(readFileSync(committedPath, "utf8")).toBe(makeValidatorSource());
  });

  it("is deterministic, so the comparison above cannot flap", () => {
    expect(makeValidatorSource()).toBe(makeValidatorSource());
  });
});
