import type { PreparedRequest } from "../request/build-request";
import { shellHeaderWord } from "./shell-header";
import { shellWord, singleQuote } from "./shell-quote";
import { stdinBody } from "./shell-stdin-body";
import { snippetHeaders, type SnippetHeader } from "./snippet-headers";
import { exceedsInlineLimit, type SnippetOptions, type SnippetTarget } from "./snippet-target";

/**
 * HTTPie (3.x) for bash and zsh: `http [options] METHOD URL Header:value …`.
 *
 * - The body goes in `--raw=…` (HTTPie ≥ 2.5), which sends the text UTF-8 encoded without
 *   parsing it; the `=` form keeps argparse from taking a body that starts with `-` for an option.
 * - `--ignore-stdin`: HTTPie refuses `--raw` together with a non-terminal stdin (scripts, CI).
 * - Large bodies are piped to stdin instead, which HTTPie sends byte for byte.
 * - Header items: HTTPie takes the *first* separator, so a value starting with `=` or `@` would
 *   turn `Name:` into `Name:=` (JSON) or `Name:@` (file); such a character is escaped with `\`.
 *   An empty value is written `Name;` because `Name:` unsets the header. (HTTPie has no way to
 *   write a backslash directly followed by `:`, `=`, `@` or `;` in a value; tokens never hold one.)
 */
export function httpieSnippet(request: PreparedRequest, options: SnippetOptions): string {
  const items = snippetHeaders(request, options).map(httpieHeaderItem);
  const requestLine = `${shellWord(request.method)} ${shellWord(request.url)}`;
  const raw = singleQuote(request.body);
  if (!exceedsInlineLimit(raw, options)) {
    return [`http --ignore-stdin --raw=${raw}`, requestLine, ...items].join(" \\\n");
  }
  const { pipeInto, hereDocument } = stdinBody(request.body);
  return pipeInto + [`http ${requestLine}`, ...items].join(" \\\n") + hereDocument;
}

function httpieHeaderItem(header: SnippetHeader): string {
  const { name, value } = header;
  if (value.kind === "env") return shellHeaderWord(header, ":");
  if (value.text === "") return singleQuote(`${name};`);
  return shellHeaderWord({ name, value: { kind: "literal", text: value.text.replace(/^[=@]/, "\\$&") } }, ":");
}

export const httpieTarget = {
  id: "httpie",
  title: "HTTPie",
  language: "shell",
  generate: httpieSnippet,
} as const satisfies SnippetTarget;
