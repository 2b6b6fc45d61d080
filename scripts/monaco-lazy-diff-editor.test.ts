import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isDiffEditorChunk, monacoLazyDiffEditor, splitStandaloneCodeEditor } from "./monaco-lazy-diff-editor.ts";

const file = createRequire(import.meta.url).resolve("monaco-editor/editor/standalone/browser/standaloneCodeEditor").replace(/\\/g, "/");
const monacoSource = readFileSync(file, "utf8");

describe("splitStandaloneCodeEditor, on the pinned monaco-editor's own file", () => {
  const { editorModule, classModule } = splitStandaloneCodeEditor(monacoSource, file);

  it("leaves the editor module without the diff editor widget, and with a placeholder and its setter", () => {
    expect(editorModule).not.toContain("DiffEditorWidget");
    expect(editorModule).toContain("export function installStandaloneDiffEditor(loaded)");
    expect(editorModule).toContain("let StandaloneDiffEditor2 = class {");
    // The rest of the file, including the export list the editor API reads, is untouched.
    expect(editorModule).toContain("let StandaloneEditor = class StandaloneEditor extends StandaloneCodeEditor {");
    expect(editorModule).toContain("export { StandaloneCodeEditor, StandaloneDiffEditor2, StandaloneEditor, createTextModel };");
  });

  it("gives the class module the class, its decorators' helpers and every import as an absolute path", () => {
    expect(classModule).toContain("let StandaloneDiffEditor2 = class StandaloneDiffEditor2 extends DiffEditorWidget {");
    expect(classModule).toContain("], StandaloneDiffEditor2);");
    expect(classModule).toContain("var __decorate =");
    expect(classModule).toContain("var __param =");
    expect(classModule).toContain(`import { StandaloneCodeEditor } from ${JSON.stringify(file)};`);
    expect(classModule).toMatch(/^export \{ StandaloneDiffEditor2 \};$/m);
    const imports = classModule.split("\n").filter((line) => line.startsWith("import "));
    expect(imports.some((line) => line.includes("DiffEditorWidget") && line.includes("/widget/diffEditor/diffEditorWidget.js"))).toBe(true);
    for (const line of imports) expect(line).not.toMatch(/from '\./);
  });

  it("keeps every byte of the original but the moved class and the widget import", () => {
    const start = monacoSource.indexOf("let StandaloneDiffEditor2 = class StandaloneDiffEditor2");
    const end = monacoSource.indexOf("], StandaloneDiffEditor2);\n") + "], StandaloneDiffEditor2);\n".length;
    expect(classModule).toContain(monacoSource.slice(start, end));
    expect(editorModule.length).toBeLessThan(monacoSource.length - (end - start) + 400);
  });
});

describe("splitStandaloneCodeEditor, on a file of another shape", () => {
  it.each([
    ["no diff editor class", monacoSource.replace("let StandaloneDiffEditor2 = class StandaloneDiffEditor2 extends DiffEditorWidget {", "let Other = class {")],
    ["no widget import", monacoSource.replace(/^import \{ DiffEditorWidget \}.*$/m, "")],
    ["no decorator helpers", monacoSource.replace("var __decorate =", "var decorate =")],
  ])("fails the build when there is %s", (_, source) => {
    expect(() => splitStandaloneCodeEditor(source, file)).toThrow(/no longer has the shape/);
  });
});

describe("isDiffEditorChunk", () => {
  it.each([
    ["\0virtual:monaco-standalone-diff-editor", true],
    ["virtual:monaco-standalone-diff-editor", false],
    ["/app/src/services/monaco/monaco.ts", false],
    [null, false],
    [undefined, false],
  ])("%s -> %s", (id, expected) => {
    expect(isDiffEditorChunk(id)).toBe(expected);
  });
});

describe("monacoLazyDiffEditor's loader module", () => {
  const plugin = monacoLazyDiffEditor();
  (plugin.configResolved as (config: { command: string }) => void)({ command: "build" });
  const load = (plugin.load as { handler: (this: unknown, id: string) => Promise<string | undefined> }).handler;
  const context = { resolve: (specifier: string) => Promise.resolve({ id: `/nm/${specifier}.js?v=1` }) };

  it("registers the diff editor's services up front and imports the class only when called", async () => {
    const loader = await load.call(context, "\0virtual:monaco-diff-editor-loader");
    expect(loader?.split("\n").slice(0, 3)).toEqual([
      'import "/nm/monaco-editor/editor/browser/widget/diffEditor/diffProviderFactoryService.js";',
      'import "/nm/monaco-editor/platform/actions/browser/actionViewItemService.js";',
      'import { installStandaloneDiffEditor } from "/nm/monaco-editor/editor/standalone/browser/standaloneCodeEditor.js";',
    ]);
    expect(loader).toContain('import("virtual:monaco-standalone-diff-editor")');
    expect(loader).not.toMatch(/^import .*standalone-diff-editor/m);
  });

  it("resolves only its own two ids, and fails the build when Monaco's file cannot be found", async () => {
    expect((plugin.resolveId as (id: string) => unknown)("virtual:monaco-diff-editor-loader")).toBe("\0virtual:monaco-diff-editor-loader");
    expect((plugin.resolveId as (id: string) => unknown)("monaco-editor")).toBeUndefined();
    await expect(load.call({ resolve: () => Promise.resolve(null) }, "\0virtual:monaco-diff-editor-loader")).rejects.toThrow(/cannot find/);
  });
});

describe("monacoLazyDiffEditor on the dev server", () => {
  it("splits nothing: the pre-bundled Monaco already holds the diff editor, so loading it does nothing", async () => {
    const plugin = monacoLazyDiffEditor();
    (plugin.configResolved as (config: { command: string }) => void)({ command: "serve" });
    const load = (plugin.load as { handler: (this: unknown, id: string) => Promise<string | undefined> | string | undefined }).handler;
    expect(await load.call({}, "\0virtual:monaco-diff-editor-loader")).toBe("export function loadDiffEditor() { return Promise.resolve(); }\n");
    const transform = plugin.transform as (code: string, id: string) => unknown;
    expect(transform(monacoSource, file)).toBeUndefined();
  });
});
