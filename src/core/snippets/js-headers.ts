import { jsStringLiteral, jsTemplateLiteral } from "./js-string";
import type { SnippetHeader } from "./snippet-headers";

/**
 * Headers as the lines of a JavaScript object literal (indented for `headers: {`). Names are
 * always quoted: `Content-Type` is not an identifier, and one style reads better.
 * `env` mode reads `process.env.SHOPLINE_ACCESS_TOKEN` (Node).
 */
export function jsHeaderLines(headers: readonly SnippetHeader[], indent: string): string[] {
  return headers.map(({ name, value }) => {
    const text =
      value.kind === "literal"
        ? jsStringLiteral(value.text)
        : `${jsTemplateLiteral(value.prefix).slice(0, -1)}\${process.env.${value.variable}}\``;
    return `${indent}${jsStringLiteral(name)}: ${text},`;
  });
}
