import { endpoint } from "../../endpoint/descriptor";
import type { PreparedRequest } from "../request/build-request";
import { jsHeaderLines } from "./js-headers";
import { jsStringLiteral, jsTemplateLiteral } from "./js-string";
import { mergeRepeatedHeaders, snippetHeaders } from "./snippet-headers";
import type { SnippetOptions, SnippetTarget } from "./snippet-target";

/**
 * Node with ky (an ES module). `retry: 0` because this endpoint is not idempotent in effect and
 * is rate limited (a retried 429 only drains the bucket further); `throwHttpErrors: false` so a
 * 4xx answer prints its `errors` body instead of throwing.
 */
export function nodeKySnippet(request: PreparedRequest, options: SnippetOptions): string {
  const headers = mergeRepeatedHeaders(snippetHeaders(request, options));
  return [
    'import ky from "ky";',
    "",
    `const body = ${jsTemplateLiteral(request.body)};`,
    "",
    `const response = await ky(${jsStringLiteral(request.url)}, {`,
    `  method: ${jsStringLiteral(request.method.toLowerCase())},`,
    "  headers: {",
    ...jsHeaderLines(headers, "    "),
    "  },",
    "  body,",
    "  retry: 0,",
    "  throwHttpErrors: false,",
    "});",
    `console.log(response.status, response.headers.get(${jsStringLiteral(endpoint.response.traceIdHeader)}), await response.text());`,
  ].join("\n");
}

export const nodeKyTarget = {
  id: "node-ky",
  title: "Node (ky)",
  language: "javascript",
  generate: nodeKySnippet,
} as const satisfies SnippetTarget;
