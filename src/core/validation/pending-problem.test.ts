import { describe, expect, expectTypeOf, it } from "vitest";
import type { JsonPath } from "../json/json-path";
import { itemChecks } from "./item-checks";
import type { PendingProblem } from "./pending-problem";
import type { Severity } from "./problem";
import { validateBody } from "./validate-body";

describe("PendingProblem", () => {
  it("has the fields the checks fill and the locator reads, and no position yet", () => {
    expectTypeOf<PendingProblem>().toEqualTypeOf<{
      readonly severity: Severity;
      readonly code: string;
      readonly message: string;
      readonly path: JsonPath;
      readonly anchor: "value" | "key" | "start";
      readonly anchorPath?: JsonPath;
    }>();
    expectTypeOf<PendingProblem>().not.toHaveProperty("offset");
  });

  it("a 'start' anchor on another path points at that value's first character", () => {
    const pending: readonly PendingProblem[] = itemChecks({}, new Map(), 0);
    const nothingToSync = pending.find((p) => p.anchor === "start" && p.anchorPath !== undefined);
    expect(nothingToSync?.anchorPath).toEqual([]);
    const text = "  {}";
    const located = validateBody(text, { nowMs: 0 }).problems.find((p) => p.code === nothingToSync?.code);
    expect(located).toMatchObject({ offset: 2, length: 1, path: nothingToSync?.path });
  });
});
