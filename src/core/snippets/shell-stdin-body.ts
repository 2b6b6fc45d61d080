import { singleQuote } from "./shell-quote";

/**
 * Feeding a body through standard input with its bytes exact, for bodies too large for one
 * command-line argument.
 *
 * A quoted here-document (`<<'DELIM'`) passes every byte literally in bash and zsh, but always
 * ends with a newline the body may not have. `$(cat <<…)` would drop *all* trailing newlines
 * (and older bash mis-parses here-documents inside `$(…)`); `head -c -1` is GNU-only. This awk
 * program prints its input lines joined by "\n", i.e. the input minus its last newline, which is
 * exactly the newline the here-document added: body "a" → "a\n" → "a"; body "a\n" → "a\n\n" →
 * "a\n"; body "" → "\n" → "". awk is POSIX, so this works with GNU, BSD, busybox and mawk alike,
 * and stays right when the user edits the body in place (a byte count would not).
 */
export const dropFinalNewlineAwkProgram = 'NR > 1 { printf "\\n" } { printf "%s", $0 }';

/** The command itself: `awk '…'`. The curl importer recognises it to read such a body back. */
export const dropFinalNewline = `awk ${singleQuote(dropFinalNewlineAwkProgram)}`;

const baseDelimiter = "JSON_BODY";

/** A here-document delimiter that is not a line of `body` (the shell would end the body there). */
export function hereDocumentDelimiter(body: string): string {
  const lines = new Set(body.split("\n"));
  let delimiter = baseDelimiter;
  for (let n = 1; lines.has(delimiter); n++) delimiter = `${baseDelimiter}_${n}`;
  return delimiter;
}

interface StdinBody {
  /** Goes before the command that reads stdin: `awk '…' <<'JSON_BODY' | `. */
  readonly pipeInto: string;
  /** Goes after that command's last line: a newline, the body, a newline and the delimiter. */
  readonly hereDocument: string;
}

/**
 * The pieces that send `body` byte for byte to the standard input of the command placed between
 * them. The here-document starts after the command's last line because the shell reads
 * here-document bodies after the line that holds the `<<` ends (backslash-newlines included).
 */
export function stdinBody(body: string): StdinBody {
  const delimiter = hereDocumentDelimiter(body);
  return {
    pipeInto: `${dropFinalNewline} <<${singleQuote(delimiter)} | `,
    hereDocument: `\n${body}\n${delimiter}`,
  };
}

/**
 * A pipe start that writes `body` to standard input byte for byte even when it holds NUL, which
 * no shell word or here-document can (bash drops it with a warning; the copied curl then sent
 * 107 of 108 bytes). The text between NULs goes out as `printf '%s' '…'` (an argument printf
 * prints as is) and each NUL as `printf '\0'`: `\0` followed by the closing quote, so no digit
 * after it can be read as part of an octal escape, in bash, zsh or dash alike. printf is built
 * into these shells, so the argument-length limit of a program's command line does not apply.
 * @example nulSafePipeInto("a\u0000b") // → "{ printf '%s' 'a'; printf '\\0'; printf '%s' 'b'; } | "
 */
export function nulSafePipeInto(body: string): string {
  const writes = body.split("\u0000").flatMap((part, i) => [...(i > 0 ? ["printf '\\0'"] : []), ...(part === "" ? [] : [`printf '%s' ${singleQuote(part)}`])]);
  return `{ ${writes.join("; ")}; } | `;
}
