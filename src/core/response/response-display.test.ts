import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyResponse } from "./classify-response";
import { forDisplay, responseDisplayLimits } from "./response-display";

const classify = (bodyText: string, status = 422) => classifyResponse({ status, headers: [], bodyText, durationMs: 1 });

describe("forDisplay", () => {
  it("leaves a small answer whole", () => {
    const classified = classify('{"errors":{"a":["x"]}}');
    expect(forDisplay(classified)).toEqual({ ...classified, errorsTotal: 1 });
  });

  it("keeps the first errors and the start of a large body, and says how much there was", () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => `"f${i}":["bad ${i}"]`);
    const text = `{"errors":{${entries.join(",")}}}`;
    const shown = forDisplay(classify(text));
    expect(shown.errors).toHaveLength(responseDisplayLimits.errors);
    expect(shown.errors[0]).toEqual({ field: "f0", messages: ["bad 0"] });
    expect(shown.errorsTotal).toBe(20_000);
    expect(shown.prettyBody).toHaveLength(responseDisplayLimits.bodyChars);
    expect(shown.prettyBodyTotalChars).toBe(classify(text).prettyBody.length);
    expect(shown.prettyBody.startsWith('{\n  "errors": {\n    "f0": [')).toBe(true);
  });

  it("reads sucess_count losslessly however large the body", () => {
    const text = `{"sucess_count":18446744073709551615,"padding":"${"x".repeat(300_000)}"}`;
    expect(forDisplay(classify(text, 200)).successCount).toBe("18446744073709551615");
  });

  it("never cuts a character in half, and shows a prefix of the body", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (text, limit) => {
        const whole = classify(text, 200).prettyBody;
        const shown = forDisplay(classify(text, 200), { bodyChars: limit, errors: 1 });
        expect(whole.startsWith(shown.prettyBody)).toBe(true);
        expect(shown.prettyBody.length).toBeLessThanOrEqual(limit);
        expect(shown.prettyBody.length).toBeGreaterThanOrEqual(Math.min(limit, whole.length) - 1);
        expect(/[\uD800-\uDBFF]$/.test(shown.prettyBody)).toBe(false);
        expect(shown.prettyBodyTotalChars).toBe(whole.length > limit ? whole.length : undefined);
      }),
    );
  });
});
