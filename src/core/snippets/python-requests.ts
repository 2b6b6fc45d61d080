import { endpoint } from "../../endpoint/descriptor";
import type { PreparedRequest } from "../request/build-request";
import { pythonString, pythonTripleQuoted } from "./python-string";
import { mergeRepeatedHeaders, snippetHeaders, type SnippetHeader } from "./snippet-headers";
import type { SnippetOptions, SnippetTarget } from "./snippet-target";

/**
 * Python `requests`. The body is `data=body.encode("utf-8")`: bytes go out untouched, whereas a
 * `str` would be encoded as ISO-8859-1 by http.client, and `json=` would send a re-serialised
 * value instead of the editor's text.
 */
export function pythonRequestsSnippet(request: PreparedRequest, options: SnippetOptions): string {
  const headers = mergeRepeatedHeaders(snippetHeaders(request, options));
  const usesEnv = headers.some((h) => h.value.kind === "env");
  return [
    ...(usesEnv ? ["import os", ""] : []),
    "import requests",
    "",
    `body = ${pythonTripleQuoted(request.body)}`,
    "",
    `response = requests.${request.method.toLowerCase()}(`,
    `    ${pythonString(request.url)},`,
    "    headers={",
    ...headers.map((h) => `        ${pythonString(h.name)}: ${pythonValue(h)},`),
    "    },",
    '    data=body.encode("utf-8"),',
    "    timeout=30,",
    ")",
    `print(response.status_code, response.headers.get(${pythonString(endpoint.response.traceIdHeader)}), response.text)`,
  ].join("\n");
}

function pythonValue({ value }: SnippetHeader): string {
  return value.kind === "literal"
    ? pythonString(value.text)
    : `${pythonString(value.prefix)} + os.environ[${pythonString(value.variable)}]`;
}

export const pythonRequestsTarget = {
  id: "python-requests",
  title: "Python (requests)",
  language: "python",
  generate: pythonRequestsSnippet,
} as const satisfies SnippetTarget;
