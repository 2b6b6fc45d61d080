import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Colours live in src/ui/tokens.css only (light and dark side by side, checked for contrast by
 * e2e/a11y.spec.ts); every other stylesheet names them through its variables. A literal colour
 * anywhere else is a colour the dark theme (or the light one) does not know about.
 */
const root = join(import.meta.dirname, "..", "..");
const tokensFile = "src/ui/tokens.css";

const colourFunction = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|light-dark)\(/i;
const hexColour = /#[0-9a-f]{3,8}\b/i;
/** Named and system colours; `transparent`, `currentColor` and `inherit` are not colours of their own. */
const namedColour =
  /(?<![\w-])(?:white|black|red|green|blue|yellow|orange|purple|gray|grey|silver|navy|teal|maroon|olive|lime|aqua|fuchsia|pink|brown|gold|Canvas|CanvasText|LinkText|ButtonFace|ButtonText|Field|FieldText|GrayText|Highlight|HighlightText|Mark|AccentColor)(?![\w-])/;

/** Declaration values only (`property: value`), so `select#access-token` or a comment is not a colour. */
function declarationValues(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const values: string[] = [];
  for (const block of withoutComments.matchAll(/\{([^{}]*)\}/g)) {
    for (const declaration of block[1]!.split(";")) {
      const colon = declaration.indexOf(":");
      if (colon < 0) continue;
      const property = declaration.slice(0, colon).trim();
      // A variable's own name may hold anything; its value is checked like any other.
      if (property !== "") values.push(declaration.slice(colon + 1).trim());
    }
  }
  return values;
}

/** The colour literals in a stylesheet's declarations. */
function colourLiterals(css: string): string[] {
  return declarationValues(css).filter((value) => colourFunction.test(value) || hexColour.test(value) || namedColour.test(value));
}

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith(".css") ? [path] : [];
  });
}

describe("colourLiterals", () => {
  it.each([
    ["a.b { color: #fff; }", ["#fff"]],
    ["a { background: #0d1117 }", ["#0d1117"]],
    ["a { box-shadow: 0 2px 8px rgb(0 0 0 / 20%); }", ["0 2px 8px rgb(0 0 0 / 20%)"]],
    ["a { color: hsl(10 20% 30%); }", ["hsl(10 20% 30%)"]],
    ["a { border: 1px solid white; }", ["1px solid white"]],
    ["a { background: var(--bg, Canvas); }", ["var(--bg, Canvas)"]],
    ["@media (max-width: 600px) { a { color: black } }", ["black"]],
  ])("finds the colour in %s", (css, found) => {
    expect(colourLiterals(css)).toEqual(found);
  });

  it.each([
    "input#access-token { width: 170px; }",
    "select#sandbox-behaviour, #accent { color: var(--accent); }",
    "/* was #fff */ a { color: var(--on-fill); }",
    "a { border: 4px solid transparent; border-left: 5px solid currentColor; }",
    "a { color: inherit; white-space: nowrap; }",
    "a { grid-template-areas: \"title more send\"; }",
  ])("finds no colour in %s", (css) => {
    expect(colourLiterals(css)).toEqual([]);
  });
});

describe("stylesheets outside tokens.css", () => {
  const files = cssFiles(join(root, "src")).map((file) => relative(root, file).replace(/\\/g, "/"));

  it("include tokens.css and the app's others", () => {
    expect(files).toContain(tokensFile);
    expect(files).toContain("src/ui/styles.css");
  });

  it.each(files.filter((file) => file !== tokensFile))("%s has no colour literals: it uses tokens.css's variables", (file) => {
    expect(colourLiterals(readFileSync(join(root, file), "utf8"))).toEqual([]);
  });

  it("index.html has no inline style with a colour", () => {
    const html = readFileSync(join(root, "index.html"), "utf8");
    const inline = [...html.matchAll(/style="([^"]*)"/g)].map((m) => `a { ${m[1]} }`);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect([...inline, ...styles].flatMap(colourLiterals)).toEqual([]);
  });
});
