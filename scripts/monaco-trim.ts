import type { Plugin } from "vite";

/**
 * monaco-editor 0.57's JSON language client imports `internal/common/workers.js`, which imports
 * every editor contribution for its side effects — undoing the hand-picked list in
 * src/services/monaco/monaco.ts and adding ~120 KB gzip to the page. This drops those
 * side-effect-only imports from that one file; the named import of the editor API stays.
 */
export function monacoWorkerContributionsTrim(): Plugin {
  return {
    name: "monaco-worker-contributions-trim",
    enforce: "pre",
    transform(code, id) {
      if (!id.replace(/\\/g, "/").endsWith("monaco-editor/esm/vs/internal/common/workers.js")) return undefined;
      return { code: code.replace(/^import '\.\.\/\.\.\/editor\/[^']+\.js';$/gm, ""), map: null };
    },
  };
}
