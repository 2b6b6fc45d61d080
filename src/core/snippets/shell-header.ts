import { shellWordWithVariable, singleQuote } from "./shell-quote";
import type { SnippetHeader } from "./snippet-headers";

/**
 * One header as a single shell word `Name<separator>value`: single-quoted for a literal value,
 * double-quoted around the environment variable in `env` mode.
 */
export function shellHeaderWord(header: SnippetHeader, separator: string): string {
  const { name, value } = header;
  return value.kind === "literal"
    ? singleQuote(`${name}${separator}${value.text}`)
    : shellWordWithVariable(`${name}${separator}${value.prefix}`, value.variable);
}
