import type { CurlOption } from "./curl-arguments";
import type { StdinResult } from "./curl-stdin";
import { appendAll } from "../arrays/append-all";

/** curl's options that send their value as the request body. */
export const dataOptions = new Set(["--data", "--data-ascii", "--data-binary", "--data-raw", "--json"]);

interface BodyImport {
  /** The body exactly as curl would send it; undefined when no data option gives one. */
  readonly bodyText: string | undefined;
  readonly unmapped: readonly string[];
}

/**
 * The request body from curl's data options, as curl builds it:
 * - `--data-raw` sends its value as is;
 * - the others read a file for `@name` and standard input for `@-`: `--data-binary` and `--json`
 *   byte for byte, `--data`/`--data-ascii` with CR and LF removed;
 * - several values are joined with `&` (`--json` values are concatenated).
 */
export function curlBody(options: readonly CurlOption[], readStdin: () => StdinResult): BodyImport {
  const unmapped: string[] = [];
  const parts: string[] = [];
  const data = options.filter((o) => dataOptions.has(o.name));
  for (const option of data) {
    const { value } = option;
    const flag = option.written.split(" ")[0] ?? option.name;
    if (value === undefined) {
      unmapped.push(`${option.written} has no value`);
      continue;
    }
    if (option.name === "--data-raw" || !value.text.startsWith("@")) {
      if (value.expansions.length > 0) {
        unmapped.push(`The body holds shell expansions (${value.expansions.join(" ")}), imported as written.`);
      }
      parts.push(value.text);
      continue;
    }
    const file = value.text.slice(1);
    if (file !== "-") {
      unmapped.push(`${flag} reads the body from the file ${file}: paste its text into the editor.`);
      continue;
    }
    const stdin = readStdin();
    if (!stdin.known) {
      unmapped.push(`${flag} @- reads the body from ${stdin.reason}.`);
      continue;
    }
    appendAll(unmapped, stdin.notes);
    const stripsNewlines = option.name === "--data" || option.name === "--data-ascii";
    parts.push(stripsNewlines ? stdin.text.replace(/[\r\n]/g, "") : stdin.text);
  }
  if (parts.length === 0) return { bodyText: undefined, unmapped };
  if (parts.length > 1) unmapped.push(`${parts.length} data options were joined into one body, as curl does.`);
  const separator = data.every((o) => o.name === "--json") ? "" : "&";
  return { bodyText: parts.join(separator), unmapped };
}
