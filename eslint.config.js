import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const browserOnlyGlobals = ["window", "document", "navigator", "localStorage", "sessionStorage", "location", "history", "HTMLElement", "Element", "MutationObserver", "requestAnimationFrame"];

export default tseslint.config(
  { ignores: ["dist/", "dist-bench/", "node_modules/", "playwright-report/", "test-results/", "bench-results/", "src/endpoint/generated/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // The core is pure: no DOM, no Solid, no Monaco, no ky; I/O lives in src/services, components in src/ui.
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts", "src/core/**/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["solid-js", "solid-js/*"], message: "src/core is pure: no Solid." },
            { group: ["monaco-editor", "monaco-editor/*"], message: "src/core is pure: no Monaco." },
            { group: ["ky", "ky/*"], message: "src/core is pure: no ky (I/O lives in src/services)." },
            { group: ["**/ui/*", "**/services/*", "node:*"], message: "src/core imports only endpoint/ and pure libraries." },
            { group: ["**/testing/*"], message: "testing/ folders hold test helpers: production code does not import them." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...browserOnlyGlobals.map((name) => ({ name, message: "src/core is pure: no DOM." }))],
    },
  },
  {
    // f(...list) passes every element as an argument, and engines cap arguments by stack size:
    // 70,000 items with a warning once threw a RangeError in the validator (issue 12). Loop
    // instead (src/core/arrays/append-all.ts, min-max.ts).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/**/*.test.ts", "src/**/testing/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression > SpreadElement, NewExpression > SpreadElement", message: "No spread into arguments: a long list throws a RangeError. Use appendAll / minOf / maxOf or a loop." },
      ],
    },
  },
  {
    // Test helpers (generators, oracles) stay out of the production bundle.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/core/**/*.ts", "src/**/*.test.ts", "src/**/testing/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/testing/*"], message: "testing/ folders hold test helpers: production code does not import them." }] }],
    },
  },
);
