import { describe, expect, it } from "vitest";
import { dropFinalNewline, hereDocumentDelimiter, nulSafePipeInto, stdinBody } from "./shell-stdin-body";

describe("hereDocumentDelimiter", () => {
  it.each([
    ["{}", "JSON_BODY"],
    ["JSON_BODY", "JSON_BODY_1"],
    ["a\nJSON_BODY\nb", "JSON_BODY_1"],
    ["JSON_BODY\nJSON_BODY_1\n", "JSON_BODY_2"],
    // Only whole lines end a here-document.
    [" JSON_BODY\nJSON_BODY \nJSON_BODY\r", "JSON_BODY"],
  ])("picks a delimiter that is not a line of %j", (body, delimiter) => {
    expect(hereDocumentDelimiter(body)).toBe(delimiter);
  });
});

describe("stdinBody", () => {
  it("pipes a quoted here-document through the final-newline filter", () => {
    expect(stdinBody("a\nb")).toEqual({
      pipeInto: `${dropFinalNewline} <<'JSON_BODY' | `,
      hereDocument: "\na\nb\nJSON_BODY",
    });
  });

  it("uses an awk program in single quotes that needs no escaping itself", () => {
    expect(dropFinalNewline).toBe(`awk 'NR > 1 { printf "\\n" } { printf "%s", $0 }'`);
  });
});

describe("nulSafePipeInto", () => {
  it.each([
    ["a\u0000b", "{ printf '%s' 'a'; printf '\\0'; printf '%s' 'b'; } | "],
    ["\u0000", "{ printf '\\0'; } | "],
    ["\u00001'\u0000", "{ printf '\\0'; printf '%s' '1'\\'''; printf '\\0'; } | "],
  ])("writes %j with printf, each NUL as \\0 before a closing quote", (body, expected) => {
    expect(nulSafePipeInto(body)).toBe(expected);
  });
});
