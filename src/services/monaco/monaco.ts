/**
 * Monaco with only what the playground uses: the editor core, the JSON language and the editor
 * contributions a JSON author needs (`monaco-editor`'s index bundles ~90 languages and every
 * contribution). The list follows monaco-editor's own esm/vs/index.js, minus what JSON editing
 * does not use (code lens, colour picker, inlay hints, inline completions, diff editor
 * contributions, "paste as", …; scripts/monaco-trim.ts stands in for the parts of them that the
 * hover and clipboard contributions import).
 */
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/features/codicon/register";
import "monaco-editor/editor/browser/coreCommands";
import "monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget";
import "monaco-editor/editor/common/standaloneStrings";
import "monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching";
import "monaco-editor/editor/contrib/caretOperations/browser/caretOperations";
import "monaco-editor/editor/contrib/clipboard/browser/clipboard";
import "monaco-editor/editor/contrib/contextmenu/browser/contextmenu";
import "monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo";
import "monaco-editor/editor/contrib/find/browser/findController";
import "monaco-editor/editor/contrib/folding/browser/folding";
import "monaco-editor/editor/contrib/format/browser/formatActions";
import "monaco-editor/editor/contrib/gotoError/browser/gotoError";
import "monaco-editor/editor/contrib/gotoError/browser/markerSelectionStatus";
import "monaco-editor/editor/contrib/hover/browser/hoverContribution";
import "monaco-editor/editor/contrib/indentation/browser/indentation";
import "monaco-editor/editor/contrib/linesOperations/browser/linesOperations";
import "monaco-editor/editor/contrib/multicursor/browser/multicursor";
import "monaco-editor/editor/contrib/readOnlyMessage/browser/contribution";
import "monaco-editor/editor/contrib/smartSelect/browser/smartSelect";
import "monaco-editor/editor/contrib/snippet/browser/snippetController2";
import "monaco-editor/editor/contrib/suggest/browser/suggestController";
import "monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode";
import "monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter";
import "monaco-editor/editor/contrib/wordOperations/browser/wordOperations";
import "monaco-editor/editor/standalone/browser/quickAccess/standaloneGotoLineQuickAccess";
import "monaco-editor/editor/standalone/browser/quickAccess/standaloneCommandsQuickAccess";
import { jsonDefaults } from "monaco-editor/languages/features/json/register";
import { installMonacoWorkers } from "./workers";
import "./fold-icons-on-demand.css";

installMonacoWorkers();

// Compare's diff editor is a chunk of its own: `monaco.editor.createDiffEditor` works once this has resolved.
export { loadDiffEditor } from "virtual:monaco-diff-editor-loader";
export { monaco, jsonDefaults };
