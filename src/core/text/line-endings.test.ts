import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countLineEndings, describeNormalisation, lineEndingPlan } from "./line-endings";

describe("lineEndingPlan", () => {
  it.each([
    ["no break at all: LF, whatever the previous body had", "{}", "\n", true, { lf: 0, crlf: 0, cr: 0 }],
    ["LF only", "{\n}\n", "\n", true, { lf: 2, crlf: 0, cr: 0 }],
    ["CRLF only", "{\r\n}\r\n", "\r\n", true, { lf: 0, crlf: 2, cr: 0 }],
    ["mixed, more CRLF", "a\r\nb\r\nc\nd", "\r\n", false, { lf: 1, crlf: 2, cr: 0 }],
    ["mixed, a tie goes to LF", "a\r\nb\nc", "\n", false, { lf: 1, crlf: 1, cr: 0 }],
    ["lone CR only", "{\r}\r", "\n", false, { lf: 0, crlf: 0, cr: 2 }],
    ["a CR at the very end", "{}\r", "\n", false, { lf: 0, crlf: 0, cr: 1 }],
    ["CR CR LF is a lone CR and a CRLF", "a\r\r\nb", "\r\n", false, { lf: 0, crlf: 1, cr: 1 }],
  ])("%s", (_case, text, eol, exact, counts) => {
    expect(lineEndingPlan(text)).toEqual({ eol, exact, counts });
  });

  it("is exact exactly when normalising to its own break leaves the text unchanged", () => {
    const textWithBreaks = fc.array(fc.constantFrom("a", "{", "\n", "\r\n", "\r"), { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(textWithBreaks, (text) => {
        const plan = lineEndingPlan(text);
        expect(plan.exact).toBe(text.replace(/\r\n|\r|\n/g, plan.eol) === text);
        const { lf, crlf, cr } = countLineEndings(text);
        expect(lf + crlf + cr).toBe((text.match(/\r\n|\r|\n/g) ?? []).length);
      }),
    );
  });
});

describe("describeNormalisation", () => {
  it.each([
    ["a\r\nb\nc", "This body mixes line breaks (1 CRLF, 1 LF). The editor holds one kind, so all are now LF: that is what will be sent, copied and shared."],
    ["a\r\nb\r\nc\rd", "This body mixes line breaks (2 CRLF, 1 lone CR). The editor holds one kind, so all are now CRLF: that is what will be sent, copied and shared."],
    ["a\rb\rc", "This body breaks lines with a lone CR (2 lone CR). The editor holds one kind, so all are now LF: that is what will be sent, copied and shared."],
  ])("%j", (text, message) => {
    expect(describeNormalisation(lineEndingPlan(text))).toBe(message);
  });
});
