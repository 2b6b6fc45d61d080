import { describe, expect, it } from "vitest";
import { checkFailedProblem } from "./check-failed";

describe("checkFailedProblem", () => {
  it.each([
    [new RangeError("Maximum call stack size exceeded"), "The check failed: RangeError: Maximum call stack size exceeded. The body is not checked; it can still be sent."],
    ["Uncaught Error: out of memory.", "The check failed: Uncaught Error: out of memory. The body is not checked; it can still be sent."],
    ["", "The check failed: unknown error. The body is not checked; it can still be sent."],
  ])("says what failed (%s), as a warning on the whole body", (reason, message) => {
    expect(checkFailedProblem(reason)).toEqual({ severity: "warning", code: "check-failed", message, path: [], pathText: "(body)", offset: 0, length: 0 });
  });
});
