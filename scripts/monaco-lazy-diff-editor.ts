import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Plugin, Rollup } from "vite";

type PluginContext = Rollup.PluginContext;

/** The app imports this to load the diff editor before `monaco.editor.createDiffEditor`. */
export const diffEditorLoaderId = "virtual:monaco-diff-editor-loader";
const diffEditorClassId = "virtual:monaco-standalone-diff-editor";
const resolved = (id: string) => `\0${id}`;

/** True for the chunk that holds the diff editor: fetched when Compare opens, never preloaded. */
export const isDiffEditorChunk = (facadeModuleId: string | null | undefined): boolean => facadeModuleId === resolved(diffEditorClassId);

const standaloneCodeEditorFile = "monaco-editor/esm/vs/editor/standalone/browser/standaloneCodeEditor.js";
const classStart = "let StandaloneDiffEditor2 = class StandaloneDiffEditor2 extends DiffEditorWidget {";
const classEnd = "], StandaloneDiffEditor2);\n";
const widgetImport = /^import \{ DiffEditorWidget \} from '[^']+';\n/m;
const helpers = /^var __decorate = [\s\S]*?^var __param = [\s\S]*?^};\n/m;

/**
 * Modules of the diff editor that register a service: Monaco reads registrations once, when its
 * services start (before the body editor exists), so these load up front; they are small.
 */
const servicesTheDiffEditorRegisters = [
  "monaco-editor/editor/browser/widget/diffEditor/diffProviderFactoryService",
  "monaco-editor/platform/actions/browser/actionViewItemService",
];
const registrations = /\b(registerSingleton|registerEditorContribution|registerEditorAction|registerAction2|registerEditorCommand)\(/;

export interface SplitStandaloneCodeEditor {
  /** standaloneCodeEditor.js without the diff editor: a placeholder that throws, and a setter. */
  readonly editorModule: string;
  /** The diff editor's class, with the imports and helpers it needs, as a module of its own. */
  readonly classModule: string;
}

/**
 * Splits Monaco's standalone diff editor out of standaloneCodeEditor.js. Only `createDiffEditor`
 * reaches `DiffEditorWidget`, and only Compare calls it, yet its ~125 KB (and the diff computer's)
 * sat in the chunk every visit compiles before the body editor paints. The class moves to a module
 * of its own, imported on first use; until then the export is a placeholder that says so. Throws
 * if Monaco's file no longer has the shape this relies on, so an update fails the build, not Compare.
 */
export function splitStandaloneCodeEditor(code: string, file: string): SplitStandaloneCodeEditor {
  const start = code.indexOf(classStart);
  const end = code.indexOf(classEnd, start);
  const widget = widgetImport.exec(code);
  const decorators = helpers.exec(code);
  if (start < 0 || end < 0 || !widget || !decorators) {
    throw new Error(`monaco-lazy-diff-editor: ${file} no longer has the shape this split relies on; see scripts/monaco-lazy-diff-editor.ts.`);
  }
  const classText = code.slice(start, end + classEnd.length);
  const dir = path.dirname(file);
  const absolute = (line: string) => line.replace(/from '(\.[^']+)'/, (_, rel: string) => `from ${JSON.stringify(path.resolve(dir, rel).replace(/\\/g, "/"))}`);
  const imports = code
    .split("\n")
    .filter((line) => line.startsWith("import ") && line.includes(" from "))
    .map(absolute);
  const selfImport = `import { StandaloneCodeEditor } from ${JSON.stringify(file)};`;
  const classModule = [...imports, selfImport, decorators[0], classText, "export { StandaloneDiffEditor2 };", ""].join("\n");
  const placeholder = [
    'let StandaloneDiffEditor2 = class { constructor() { throw new Error("Monaco\'s diff editor loads on first use: await loadDiffEditor() first (scripts/monaco-lazy-diff-editor.ts)."); } };',
    "export function installStandaloneDiffEditor(loaded) { StandaloneDiffEditor2 = loaded; }",
    "",
  ].join("\n");
  const editorModule = code.slice(0, start).replace(widgetImport, "") + placeholder + code.slice(end + classEnd.length);
  return { editorModule, classModule };
}

/** The loader (registrations up front, then the class on first call) or the class module itself. */
async function virtualModule(ctx: Pick<PluginContext, "resolve">, id: string): Promise<string | undefined> {
  if (id !== resolved(diffEditorLoaderId) && id !== resolved(diffEditorClassId)) return undefined;
  const file = await resolvedFile(ctx, "monaco-editor/editor/standalone/browser/standaloneCodeEditor");
  if (id === resolved(diffEditorClassId)) return splitStandaloneCodeEditor(await readFile(file, "utf8"), file).classModule;
  const services = await Promise.all(servicesTheDiffEditorRegisters.map((service) => resolvedFile(ctx, service)));
  return [
    ...services.map((service) => `import ${JSON.stringify(service)};`),
    `import { installStandaloneDiffEditor } from ${JSON.stringify(file)};`,
    "let loading;",
    `export function loadDiffEditor() { return (loading ??= import(${JSON.stringify(diffEditorClassId)}).then((m) => installStandaloneDiffEditor(m.StandaloneDiffEditor2))); }`,
    "",
  ].join("\n");
}

async function resolvedFile(ctx: Pick<PluginContext, "resolve">, specifier: string): Promise<string> {
  const found = await ctx.resolve(specifier);
  if (!found) throw new Error(`monaco-lazy-diff-editor: cannot find ${specifier}.`);
  return found.id.split("?")[0] ?? found.id;
}

/** The Vite side of {@link splitStandaloneCodeEditor}: the edited file and the two virtual modules. */
export function monacoLazyDiffEditor(): Plugin {
  // The dev server pre-bundles monaco-editor whole (plugins do not see inside), diff editor included:
  // there is nothing to split or load, and splitting the raw file would load a second Monaco.
  let split = true;
  return {
    name: "monaco-lazy-diff-editor",
    enforce: "pre",
    configResolved(config) {
      split = config.command === "build";
    },
    resolveId(id) {
      return id === diffEditorLoaderId || id === diffEditorClassId ? resolved(id) : undefined;
    },
    load: {
      filter: { id: /^\0virtual:monaco-/ },
      handler(id) {
        if (!split && id === resolved(diffEditorLoaderId)) return "export function loadDiffEditor() { return Promise.resolve(); }\n";
        return virtualModule(this, id);
      },
    },
    generateBundle(_, bundle) {
      // A registration left in the lazy chunk would run after Monaco's services have started, too
      // late to be seen ("depends on UNKNOWN service"): it must move to the list above.
      for (const output of Object.values(bundle)) {
        if (output.type !== "chunk" || !isDiffEditorChunk(output.facadeModuleId)) continue;
        for (const moduleId of output.moduleIds) {
          const code = this.getModuleInfo(moduleId)?.code ?? "";
          const registration = registrations.exec(code);
          if (registration) this.error(`monaco-lazy-diff-editor: ${moduleId} calls ${registration[0]} but is loaded only when Compare opens; register it up front (servicesTheDiffEditorRegisters).`);
        }
      }
    },
    transform(code, id) {
      const file = (id.split("?")[0] ?? "").replace(/\\/g, "/");
      if (!split || !file.endsWith(standaloneCodeEditorFile)) return undefined;
      return { code: splitStandaloneCodeEditor(code, file).editorModule, map: null };
    },
  };
}
