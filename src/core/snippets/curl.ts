import type { PreparedRequest } from "../request/build-request";
import { shellHeaderWord } from "./shell-header";
import { shellWord, singleQuote } from "./shell-quote";
import { nulSafePipeInto, stdinBody } from "./shell-stdin-body";
import { snippetHeaders, type SnippetHeader } from "./snippet-headers";
import { exceedsInlineLimit, type SnippetOptions, type SnippetTarget } from "./snippet-target";

/**
 * curl for bash and zsh, laid out like the endpoint page's own example: no indentation, one
 * option per line, `--url` bare when it is made of shell-safe characters, one `--header` per
 * header in sending order, then the body.
 *
 * The body flag matters:
 * - inline, `--data-raw`: the argument is sent as is. `--data` and `--data-binary` would read a
 *   file when the text starts with `@` (and `--data` strips CR/LF from what it reads);
 * - through stdin (large bodies), `--data-binary @-`: reads stdin byte for byte, where
 *   `--data @-` would strip CR and LF.
 * - a body holding NUL (no shell word or here-document can) is written by printf into
 *   `--data-binary @-`, whatever its size.
 * An empty body stays `--data-raw ''`, which curl sends as an empty POST body (Content-Length: 0).
 */
export function curlSnippet(request: PreparedRequest, options: SnippetOptions): string {
  const lines = [
    `curl --request ${shellWord(request.method)}`,
    `--url ${shellWord(request.url)}`,
    ...snippetHeaders(request, options).map((header) => `--header ${curlHeaderWord(header)}`),
  ];
  if (request.body.includes("\u0000")) return nulSafePipeInto(request.body) + [...lines, "--data-binary @-"].join(" \\\n");
  const data = singleQuote(request.body);
  if (!exceedsInlineLimit(data, options)) return [...lines, `--data-raw ${data}`].join(" \\\n");
  const { pipeInto, hereDocument } = stdinBody(request.body);
  return pipeInto + [...lines, "--data-binary @-"].join(" \\\n") + hereDocument;
}

/** `Name: value`; an empty value is written `Name;`, since curl's `Name:` removes the header. */
function curlHeaderWord(header: SnippetHeader): string {
  if (header.value.kind === "literal" && header.value.text === "") return singleQuote(`${header.name};`);
  return shellHeaderWord(header, ": ");
}

export const curlTarget = {
  id: "curl",
  title: "curl",
  language: "shell",
  generate: curlSnippet,
} as const satisfies SnippetTarget;
