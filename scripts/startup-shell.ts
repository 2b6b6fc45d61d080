import type { Plugin } from "vite";
import { defaultPreferences } from "../src/core/stored-state/preferences.ts";
import { documentedExampleText } from "../src/endpoint/example.ts";
import { firstStepsHtml, shellFirstStepsId } from "../src/ui/first-steps.ts";
import { problemsSummary } from "../src/core/validation/problem.ts";
import { shellBodyId, shellProblemsCountId } from "../src/shell/shell-ids.ts";
import { standInLabel } from "../src/ui/stand-in.ts";
import { isDiffEditorChunk } from "./monaco-lazy-diff-editor.ts";

const shellEntry = "src/shell/paint-shell.ts";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The page's frame as static HTML, with the same classes as the app's (src/ui/App.tsx,
 * BodyPane.tsx, OutputPane.tsx), so the first paint needs no script and Solid's first render
 * takes over without a jump. The body shows in a plain textarea where the editor will be (it can
 * be edited before any script has run; src/ui/stand-in.ts): the documented example, baked in
 * here; src/shell/paint-shell.ts swaps in a permalink's or a draft's body before the main chunk
 * has loaded. The output side holds the first-screen line
 * (src/ui/first-steps.ts), which paint-shell removes for a user who has sent before; the footer
 * holds the Problems count, which paint-shell fills in from the validation worker's first answer.
 * It is gone as soon as the app renders.
 */
export function shellMarkup(): string {
  const { editorPanePercent, bodyPanePercent } = defaultPreferences;
  // The app's columns (App.tsx) at the default split; below 900 px shell.css shows the body only.
  const columns = `minmax(0, ${bodyPanePercent}fr) 6px minmax(0, ${100 - bodyPanePercent}fr)`;
  // Only the body is for everyone (it can be edited at once); the rest has no controls yet and is
  // hidden from assistive technology until the app renders over it.
  return `<div class="app shell">
      <header class="top-bar" aria-hidden="true"><div class="bar-row"><h1>Sync Data Playground</h1><p class="request-url shell-line"></p></div><div class="settings-row"></div></header>
      <main class="workspace" style="grid-template-columns: ${columns}">
        <section class="body-pane">
          <div class="tabs" aria-hidden="true"><span class="shell-tab">JSON</span><span class="shell-tab">Form</span></div>
          <div class="body-views" style="flex: 0 0 ${editorPanePercent}%"><div class="body-view"><div class="editor-host"><textarea id="${shellBodyId}" class="editor-placeholder" aria-label="${standInLabel}" spellcheck="false" autocomplete="off" wrap="off">${escapeHtml(documentedExampleText)}</textarea></div></div></div>
          <div class="splitter horizontal" aria-hidden="true"></div>
          <div class="body-footer" aria-hidden="true"><section class="panel problems"><header class="panel-header problems-header"><h2>Problems</h2><span class="count" id="${shellProblemsCountId}" data-testid="problems-count">${problemsSummary(undefined)}</span></header></section></div>
        </section>
        <div class="splitter" aria-hidden="true"></div>
        <section class="output-pane" aria-hidden="true"><section class="panel response"><header class="panel-header"><h2>Response</h2></header>${firstStepsHtml(shellFirstStepsId)}</section></section>
      </main>
    </div>`;
}

/**
 * Writes the shell into index.html's `#app`, and runs src/shell/paint-shell.ts as its own small
 * chunk ahead of the main one (a second module script in index.html would be bundled into the
 * main entry, which is what the shell must not wait for).
 */
export function startupShell(): Plugin {
  let building = false;
  return {
    name: "startup-shell",
    configResolved(config) {
      building = config.command === "build";
    },
    buildStart() {
      if (building) this.emitFile({ type: "chunk", id: shellEntry, name: "shell" });
    },
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        let src = `/${shellEntry}`; // the dev server serves sources from the root
        if (ctx.bundle) {
          const chunk = Object.values(ctx.bundle).find((c) => c.type === "chunk" && c.facadeModuleId?.replace(/\\/g, "/").endsWith(shellEntry));
          if (!chunk) throw new Error(`startup-shell: no chunk for ${shellEntry}`);
          // Relative, like Vite's own links (base "./"): the build works from any path it is hosted at.
          src = `./${chunk.fileName}`;
        }
        const withShell = html.replace('<div id="app"></div>', `<div id="app">${shellMarkup()}</div>`);
        if (withShell === html) throw new Error("startup-shell: index.html has no empty <div id=\"app\"></div>");
        // First among the module scripts: module scripts run in document order.
        return withShell.replace(/(\s*)<script type="module"/, `$1<script type="module" crossorigin src="${src}"></script>$1<script type="module"`);
      },
    },
  };
}

/** The lazily imported modules the first screen needs at once: the editor and its JSON mode. */
const editorEntries = ["src/services/monaco/monaco.ts", "src/services/monaco/schema-registration.ts"];

/**
 * `<link rel="modulepreload">` for the editor's lazy chunks (Monaco, its JSON mode and what they
 * import) and a style preload for their CSS, so the browser fetches and compiles them while the
 * main chunk loads instead of after it has run. They are still evaluated only when imported.
 */
export function editorPreloads(): Plugin {
  return {
    name: "editor-preloads",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const byFile = new Map(Object.values(bundle).map((output) => [output.fileName, output]));
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const chunkOf = (fileName: string) => {
          const output = byFile.get(fileName);
          return output?.type === "chunk" ? output : undefined;
        };
        const visit = (fileName: string, followDynamic: boolean): void => {
          const chunk = byFile.get(fileName);
          if (!chunk || chunk.type !== "chunk" || scripts.has(fileName)) return;
          scripts.add(fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const next of chunk.imports) visit(next, false);
          // Monaco imports its JSON mode dynamically, right after it starts: fetch it now too.
          // Compare's diff editor is imported by Monaco's chunk too, but only when Compare opens.
          if (followDynamic) for (const next of chunk.dynamicImports) if (!isDiffEditorChunk(chunkOf(next)?.facadeModuleId)) visit(next, false);
        };
        for (const chunk of byFile.values()) {
          const id = chunk.type === "chunk" ? chunk.facadeModuleId?.replace(/\\/g, "/") : undefined;
          if (id && editorEntries.some((entry) => id.endsWith(entry))) visit(chunk.fileName, true);
        }
        const already = (file: string) => html.includes(`/${file}"`);
        // Relative, like Vite's own links (base "./"): the build works from any path it is hosted at.
        const links = [
          ...[...scripts].filter((f) => !already(f)).map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`),
          ...[...styles].filter((f) => !already(f)).map((f) => `<link rel="preload" as="style" crossorigin href="./${f}">`),
        ];
        if (scripts.size === 0) throw new Error("editor-preloads: no chunk for the editor");
        return html.replace("</head>", `  ${links.join("\n    ")}\n  </head>`);
      },
    },
  };
}
