import { endpoint } from "../../endpoint/descriptor";
import type { PreparedRequest } from "../request/build-request";
import { jsHeaderLines } from "./js-headers";
import { jsStringLiteral, jsTemplateLiteral } from "./js-string";
import { mergeRepeatedHeaders, snippetHeaders } from "./snippet-headers";
import type { SnippetOptions, SnippetTarget } from "./snippet-target";

/**
 * JavaScript `fetch` (browsers, Node ≥ 18, Deno, Bun; top-level `await` needs a module).
 * The body is the editor text as a template literal, never `JSON.stringify` of a parsed value.
 */
export function jsFetchSnippet(request: PreparedRequest, options: SnippetOptions): string {
  const headers = mergeRepeatedHeaders(snippetHeaders(request, options));
  return [
    `const body = ${jsTemplateLiteral(request.body)};`,
    "",
    `const response = await fetch(${jsStringLiteral(request.url)}, {`,
    `  method: ${jsStringLiteral(request.method)},`,
    "  headers: {",
    ...jsHeaderLines(headers, "    "),
    "  },",
    "  body,",
    "});",
    `console.log(response.status, response.headers.get(${jsStringLiteral(endpoint.response.traceIdHeader)}), await response.text());`,
  ].join("\n");
}

export const jsFetchTarget = {
  id: "js-fetch",
  title: "JavaScript (fetch)",
  language: "javascript",
  generate: jsFetchSnippet,
} as const satisfies SnippetTarget;
