import { describe, expect, it } from "vitest";
import { hereDocumentText } from "./here-document-text";
import type { HereDocument } from "./shell-lexer";

const document = (body: string, literal: boolean, terminated = true): HereDocument => ({
  delimiter: "X",
  literal,
  stripTabs: false,
  body,
  terminated,
});

describe("hereDocumentText", () => {
  it("passes a quoted document's body literally", () => {
    expect(hereDocumentText(document("a \\$ $B `c`\n", true))).toEqual({ text: "a \\$ $B `c`\n", notes: [] });
  });

  it("processes an unquoted document's backslashes like the shell", () => {
    expect(hereDocumentText(document("\\$ \\` \\\\ \\n a\\\nb\n", false))).toEqual({ text: "$ ` \\ \\n ab\n", notes: [] });
  });

  it("reports expansions in an unquoted document, and a missing delimiter", () => {
    const result = hereDocumentText(document('{"a":"$HOME"}\n', false, false));
    expect(result.text).toBe('{"a":"$HOME"}\n');
    expect(result.notes).toHaveLength(2);
    expect(result.notes.join(" ")).toMatch(/without its delimiter line X.*not quoted/);
  });

  it("does not take a lone $ for an expansion", () => {
    expect(hereDocumentText(document("cost: 5 $\n", false)).notes).toEqual([]);
  });
});
