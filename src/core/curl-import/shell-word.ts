import { readAnsiCQuoted } from "./ansi-c-quote";

/** A position in the pasted command text, advanced by the readers. */
export interface Cursor {
  readonly source: string;
  index: number;
}

/**
 * One shell word after quote removal. Expansions (`$NAME`, `${…}`, `$(…)`, backticks) are not
 * performed: they stay in `text` as written and are listed in `expansions`, so the importer can
 * say that a value comes from the user's shell instead of guessing it.
 */
export interface ShellWord {
  readonly text: string;
  readonly expansions: readonly string[];
  /** Whether any part was quoted or escaped (a quoted here-document delimiter disables expansion). */
  readonly quoted: boolean;
}

export class ShellSyntaxError extends Error {
  override readonly name = "ShellSyntaxError";
}

/** Characters that end an unquoted word: blanks, newline and the operator characters. */
const wordBreak = /[ \t\n|&;<>()]/;

/** Reads one word starting at the cursor (which must not be at a blank or an operator). */
export function readWord(cursor: Cursor): ShellWord {
  const { source } = cursor;
  let text = "";
  let quoted = false;
  const expansions: string[] = [];
  while (cursor.index < source.length) {
    const c = source[cursor.index]!;
    const next = source[cursor.index + 1];
    if (wordBreak.test(c) || (c === "\r" && next === "\n")) break;
    if (c === "\\" && next === "\r" && source[cursor.index + 2] === "\n") {
      cursor.index += 3; // a continuation pasted with Windows line ends
    } else if (c === "\\") {
      // Backslash-newline joins lines; any other escaped character is literal.
      if (next !== "\n" && next !== undefined) text += next;
      if (next !== "\n") quoted = true;
      cursor.index += next === undefined ? 1 : 2;
    } else if (c === "'") {
      const close = source.indexOf("'", cursor.index + 1);
      if (close === -1) throw new ShellSyntaxError("A single quote (') is never closed.");
      text += source.slice(cursor.index + 1, close);
      cursor.index = close + 1;
      quoted = true;
    } else if (c === "$" && next === "'") {
      const ansi = readAnsiCQuoted(source.slice(cursor.index + 2));
      if (ansi === undefined) throw new ShellSyntaxError("A $'…' string is never closed.");
      text += ansi.value;
      cursor.index += 2 + ansi.length;
      quoted = true;
    } else if (c === '"' || (c === "$" && next === '"')) {
      cursor.index += c === "$" ? 2 : 1; // $"…" is a translatable string: the same as "…" here
      text += readDoubleQuoted(cursor, expansions);
      quoted = true;
    } else if (c === "$" || c === "`") {
      const expansion = readExpansion(cursor);
      text += expansion;
      if (expansion !== "$") expansions.push(expansion);
    } else {
      text += c;
      cursor.index++;
    }
  }
  return { text, expansions, quoted };
}

/** The inside of "…" (cursor after the opening quote): `\` escapes only $ ` " \ and newline. */
function readDoubleQuoted(cursor: Cursor, expansions: string[]): string {
  const { source } = cursor;
  let text = "";
  while (cursor.index < source.length) {
    const c = source[cursor.index]!;
    if (c === '"') {
      cursor.index++;
      return text;
    }
    if (c === "\\" && cursor.index + 1 < source.length) {
      const next = source[cursor.index + 1]!;
      if (next !== "\n") text += '$`"\\'.includes(next) ? next : `\\${next}`;
      cursor.index += 2;
    } else if (c === "$" || c === "`") {
      const expansion = readExpansion(cursor);
      text += expansion;
      if (expansion !== "$") expansions.push(expansion);
    } else {
      text += c;
      cursor.index++;
    }
  }
  throw new ShellSyntaxError('A double quote (") is never closed.');
}

/**
 * Reads `$NAME`, `$1`, `$?`, `${…}`, `$(…)`, `$((…))` or a backtick command as written.
 * A `$` that starts none of these is a literal `$` (returned alone).
 */
export function readExpansion(cursor: Cursor): string {
  const { source } = cursor;
  const start = cursor.index;
  const rest = source.slice(start);
  const simple = /^\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9?$!#@*-])/.exec(rest);
  let end: number;
  if (simple !== null) end = start + simple[0].length;
  else if (rest.startsWith("${")) end = closingIndex(source, start + 2, "{", "}") + 1;
  else if (rest.startsWith("$(")) end = closingIndex(source, start + 2, "(", ")") + 1;
  else if (rest.startsWith("`")) end = source.indexOf("`", start + 1) + 1;
  else end = start + 1;
  if (end <= start) throw new ShellSyntaxError(`An expansion starting with ${rest.slice(0, 2)} is never closed.`);
  cursor.index = end;
  return source.slice(start, end);
}

/** Index of the bracket closing one already opened at `from - 1` (nesting counted, quotes not). */
function closingIndex(source: string, from: number, open: string, close: string): number {
  let depth = 1;
  for (let i = from; i < source.length; i++) {
    if (source[i] === open) depth++;
    else if (source[i] === close && --depth === 0) return i;
  }
  return -1;
}
