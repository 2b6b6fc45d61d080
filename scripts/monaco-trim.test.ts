import { describe, expect, it } from "vitest";
import { monacoWorkerContributionsTrim } from "./monaco-trim.ts";

const plugin = monacoWorkerContributionsTrim();
const load = (id: string) => (plugin.load as (id: string) => string | undefined)(id);
const transform = (code: string, id: string) => (plugin.transform as (code: string, id: string) => { code: string } | undefined)(code, id);
const contrib = "/app/node_modules/monaco-editor/esm/vs/editor/contrib";

describe("monacoWorkerContributionsTrim", () => {
  it.each([
    [`${contrib}/codeAction/browser/codeActionController.js`, "class CodeActionController"],
    [`${contrib}/colorPicker/browser/hoverColorPicker/hoverColorPicker.js`, "function isOnColorDecorator"],
    ["C:\\app\\node_modules\\monaco-editor\\esm\\vs\\editor\\contrib\\inlayHints\\browser\\inlayHintsHover.js", "class InlayHintsHover"],
    ["/app/node_modules/monaco-editor/esm/vs/editor/browser/widget/multiDiffEditor/multiDiffEditorWidget.js?v=1", "class MultiDiffEditorWidget"],
    ["/app/node_modules/monaco-editor/esm/vs/editor/browser/gpu/viewGpuContext.js", "class ViewGpuContext"],
    ["/app/node_modules/monaco-editor/esm/vs/editor/browser/viewParts/viewLinesGpu/viewLinesGpu.js", "class ViewLinesGpu"],
    ["/app/node_modules/monaco-editor/esm/vs/editor/browser/viewParts/rulersGpu/rulersGpu.js", "class RulersGpu"],
    ["/app/node_modules/monaco-editor/esm/vs/editor/browser/viewParts/gpuMark/gpuMark.js", "class GpuMarkOverlay"],
  ])("stands in for %s", (id, expected) => {
    expect(load(id)).toContain(expected);
  });

  it.each([
    `${contrib}/hover/browser/hoverContribution.js`,
    `${contrib}/suggest/browser/suggestController.js`,
    "/app/node_modules/monaco-editor/esm/vs/editor/browser/widget/diffEditor/diffEditorWidget.js",
    "/app/node_modules/monaco-editor/esm/vs/editor/browser/viewParts/viewLines/viewLines.js",
    "/app/src/codeAction/browser/codeAction.js",
  ])("leaves %s alone", (id) => {
    expect(load(id)).toBeUndefined();
  });

  it("drops only the side-effect imports of editor contributions from the workers module", () => {
    const code = "import { x } from '../../editor/editor.api.js';\nimport '../../editor/contrib/hover/browser/hoverContribution.js';\nexport { x };";
    const id = "/app/node_modules/monaco-editor/esm/vs/internal/common/workers.js";
    expect(transform(code, id)?.code).toBe("import { x } from '../../editor/editor.api.js';\n\nexport { x };");
    expect(transform(code, "/app/src/other.js")).toBeUndefined();
  });
});

describe("the GPU renderer's stand-ins", () => {
  it("throw if ever constructed, so turning GPU rendering on cannot silently draw nothing", async () => {
    const code = load("/app/node_modules/monaco-editor/esm/vs/editor/browser/gpu/viewGpuContext.js") ?? "";
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { ViewGpuContext: new () => unknown };
    expect(() => new module.ViewGpuContext()).toThrow(/GPU renderer is not in this build/);
  });
});
