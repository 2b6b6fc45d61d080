import { describe, expect, it, vi } from "vitest";
import type * as MonacoApi from "monaco-editor/editor/editor.api";
import { createLongLineGuard, hasLongLine, longLineChars } from "./long-line-guard";
import { createJsonHelpSwitch } from "./json-help-switch";

/** Just what the guard reads of a Monaco model, over a plain string. */
function fakeModel(text: () => string) {
  const lines = () => text().split("\n");
  return {
    getLineCount: () => lines().length,
    getLineLength: (line: number) => lines()[line - 1]?.length ?? 0,
    getValueLength: () => text().length,
    updateOptions: vi.fn(),
  };
}
const asModel = (fake: ReturnType<typeof fakeModel>) => fake as unknown as MonacoApi.editor.ITextModel;

describe("hasLongLine", () => {
  it.each([
    ["a short body", '{"a":1}', false],
    ["a line just at the limit", "x".repeat(longLineChars), false],
    ["a line one past the limit", "x".repeat(longLineChars + 1), true],
    ["a long line after short ones", `{\n  "a": 1,\n${"x".repeat(longLineChars + 1)}\n}`, true],
    ["many short lines", Array.from({ length: 6_000 }, () => '  "a": 1,').join("\n"), false],
  ])("%s → %s", (_, text, expected) => {
    expect(hasLongLine(asModel(fakeModel(() => text)))).toBe(expected);
  });
});

describe("createLongLineGuard", () => {
  it("turns the whole-line features and JSON help off once, and back on after the line is broken up", () => {
    let text = "x".repeat(longLineChars + 1);
    const model = fakeModel(() => text);
    const editor = { updateOptions: vi.fn() };
    const setModelLanguage = vi.fn();
    const jsonHelp = createJsonHelpSwitch({ editor: { setModelLanguage } } as unknown as typeof MonacoApi, asModel(model));
    const switched: boolean[] = [];
    const guard = createLongLineGuard(editor as unknown as MonacoApi.editor.IStandaloneCodeEditor, asModel(model), jsonHelp, (on) => switched.push(on));
    guard.check();
    guard.check();
    expect(switched).toEqual([true]);
    expect(editor.updateOptions).toHaveBeenLastCalledWith(expect.objectContaining({ matchBrackets: "never", editContext: false, quickSuggestions: false }));
    expect(model.updateOptions).toHaveBeenLastCalledWith({ bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false } });
    expect(setModelLanguage).toHaveBeenLastCalledWith(model, "plaintext");
    text = "x\n".repeat(longLineChars);
    guard.check();
    expect(switched).toEqual([true, false]);
    expect(editor.updateOptions).toHaveBeenLastCalledWith(expect.objectContaining({ matchBrackets: "always" }));
    expect(setModelLanguage).toHaveBeenLastCalledWith(model, "json");
  });
});

describe("createJsonHelpSwitch", () => {
  it("keeps JSON help off while any reason wants it off", () => {
    const setModelLanguage = vi.fn();
    const help = createJsonHelpSwitch({ editor: { setModelLanguage } } as unknown as typeof MonacoApi, {} as MonacoApi.editor.ITextModel);
    help.set("too deep", true);
    help.set("long line", true);
    help.set("too deep", false);
    expect(setModelLanguage.mock.calls.map((call) => call[1])).toEqual(["plaintext"]);
    help.set("long line", false);
    expect(setModelLanguage.mock.calls.map((call) => call[1])).toEqual(["plaintext", "json"]);
  });
});
