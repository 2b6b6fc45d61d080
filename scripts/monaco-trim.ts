import type { Plugin } from "vite";

const normalise = (id: string) => id.replace(/\\/g, "/");

/**
 * Monaco modules the hover and clipboard contributions import only to recognise features this page never
 * registers (colour decorators, inlay hints, inline completions, go-to-definition, code actions, "paste as"):
 * each pulls in its whole feature (pickers, peek views, the action widget; ~60 KB gzip in all).
 * Stand-ins keep the names the hover code reads, answering as Monaco does when the feature is
 * absent: no instance ever matches, no controller is registered, no quick fix is available.
 * Keyed by the path under monaco-editor/esm/vs/editor/contrib/; a stand-in missing a name the
 * rest of Monaco imports fails the build, so a Monaco update cannot silently break them.
 */
const standIns: Readonly<Record<string, string>> = {
  "colorPicker/browser/hoverColorPicker/hoverColorPickerParticipant.js": "export class ColorHover {}\nexport class HoverColorPickerParticipant {}\n",
  "colorPicker/browser/hoverColorPicker/hoverColorPicker.js": "export function isOnColorDecorator() { return false; }\n",
  "inlayHints/browser/inlayHintsHover.js": "export class InlayHintsHover {}\n",
  "inlineCompletions/browser/hintsWidget/inlineCompletionsHintsWidget.js": "export class InlineSuggestionHintsContentWidget { static dropDownVisible = false; }\n",
  "gotoSymbol/browser/link/goToDefinitionAtPosition.js": "export class GotoDefinitionAtPositionEditorContribution { static get() { return null; } }\n",
  "codeAction/browser/codeAction.js": [
    'export const quickFixCommandId = "editor.action.quickFix";',
    "export const ApplyCodeActionReason = { FromProblemsHover: 'fromProblemsHover' };",
    "export function getCodeActions() { return Promise.resolve({ validActions: [], allActions: [], hasAutoFix: false, hasAIFix: false, allAIFixes: false, dispose() {} }); }",
    "",
  ].join("\n"),
  "codeAction/browser/codeActionController.js": "export class CodeActionController { static get() { return null; } }\n",
  // The clipboard's paste command waits for "paste as" providers' edits; this page registers none
  // (and monaco.ts does not load the copy-paste contribution), so there is never one to wait for.
  "dropOrPasteInto/browser/copyPasteController.js": "export class CopyPasteController { static get() { return null; } }\n",
};

/**
 * The same, under monaco-editor/esm/vs/editor/browser/: `monaco.editor.createMultiFileDiffEditor`
 * (not called here; Compare uses the two-sided diff editor) would otherwise bring the multi-file
 * diff editor's ~45 KB of code, and the GPU renderer its ~60 KB.
 */
const browserStandIns: Readonly<Record<string, string>> = {
  "widget/multiDiffEditor/multiDiffEditorWidget.js":
    'export class MultiDiffEditorWidget { constructor() { throw new Error("The multi-file diff editor is not in this build (scripts/monaco-trim.ts)."); } }\n',
  // The GPU renderer (~60 KB) is built only when `experimentalGpuAcceleration` is "on"; this page
  // never turns it on, so the view never constructs these and keeps its DOM renderer.
  "gpu/viewGpuContext.js": gpuStandIn("ViewGpuContext"),
  "viewParts/viewLinesGpu/viewLinesGpu.js": gpuStandIn("ViewLinesGpu"),
  "viewParts/rulersGpu/rulersGpu.js": gpuStandIn("RulersGpu"),
  "viewParts/gpuMark/gpuMark.js": gpuStandIn("GpuMarkOverlay"),
};

function gpuStandIn(name: string): string {
  return `export class ${name} { constructor() { throw new Error("Monaco's GPU renderer is not in this build (scripts/monaco-trim.ts)."); } }\n`;
}

/**
 * Trims Monaco to what src/services/monaco/monaco.ts picks:
 * - monaco-editor 0.57's JSON language client imports `internal/common/workers.js`, which imports
 *   every editor contribution for its side effects — undoing the hand-picked list and adding
 *   ~120 KB gzip to the page. Those side-effect-only imports are dropped from that one file; the
 *   named import of the editor API stays.
 * - the hover's and the clipboard's imports of features the page does not use get the stand-ins above.
 */
export function monacoWorkerContributionsTrim(): Plugin {
  return {
    name: "monaco-worker-contributions-trim",
    enforce: "pre",
    load(id) {
      const path = normalise(id).split("?")[0] ?? "";
      for (const [marker, table] of [
        ["monaco-editor/esm/vs/editor/contrib/", standIns],
        ["monaco-editor/esm/vs/editor/browser/", browserStandIns],
      ] as const) {
        const at = path.lastIndexOf(marker);
        if (at >= 0) return table[path.slice(at + marker.length)];
      }
      return undefined;
    },
    transform(code, id) {
      if (!normalise(id).endsWith("monaco-editor/esm/vs/internal/common/workers.js")) return undefined;
      return { code: code.replace(/^import '\.\.\/\.\.\/editor\/[^']+\.js';$/gm, ""), map: null };
    },
  };
}
