import { readWord, ShellSyntaxError, type Cursor, type ShellWord } from "./shell-word";

export interface HereDocument {
  readonly delimiter: string;
  /** Quoted delimiter (`<<'X'`): the body is literal. Unquoted: the shell expands `$…` in it. */
  readonly literal: boolean;
  /** `<<-`: leading tabs are stripped from each line. */
  readonly stripTabs: boolean;
  /** The body as the shell passes it, each line ending with "\n". Filled when its line ends. */
  body: string;
  /** False when the text ended before the delimiter line (bash then uses what it read). */
  terminated: boolean;
}

export type ShellToken =
  | { readonly kind: "word"; readonly word: ShellWord }
  | { readonly kind: "operator"; readonly op: string; readonly fd?: number }
  | { readonly kind: "here-document"; readonly document: HereDocument; readonly fd?: number };

/** Longest first, so that `<<<` is not read as `<<` then `<`. */
const operators = [
  ...["<<<", "<<-", "&&", "||", "|&", ";;", "<<", ">>", "&>", ">&", "<&", "<>", ">|"],
  ...["|", "&", ";", "<", ">", "(", ")", "\n"],
];

/**
 * Splits pasted shell text into words, operators and here-documents, the way bash and zsh read
 * it: quotes, `$'…'`, backslash-newline continuations, comments, and here-document bodies read
 * after the line that opened them. Throws {@link ShellSyntaxError} on an unclosed quote.
 */
export function lexShell(source: string): ShellToken[] {
  const cursor: Cursor = { source, index: 0 };
  const tokens: ShellToken[] = [];
  let pending: HereDocument[] = [];
  while (cursor.index < source.length) {
    const rest = source.slice(cursor.index, cursor.index + 3);
    if (rest[0] === " " || rest[0] === "\t" || rest.startsWith("\r\n")) cursor.index++;
    else if (rest.startsWith("\\\n")) cursor.index += 2;
    else if (rest === "\\\r\n") cursor.index += 3; // continuation pasted with Windows line ends
    else if (rest[0] === "#") skipComment(cursor);
    else if (startsOperator(cursor)) {
      const token = readOperator(cursor, undefined);
      tokens.push(token);
      if (token.kind === "here-document") pending.push(token.document);
      if (token.kind === "operator" && token.op === "\n") pending = readHereDocuments(cursor, pending);
    } else {
      const word = readWord(cursor);
      // `2>file`, `0<<X`: digits right before a redirection are its file descriptor.
      if (!word.quoted && /^\d+$/.test(word.text) && /[<>]/.test(source[cursor.index] ?? "")) {
        const token = readOperator(cursor, Number(word.text));
        tokens.push(token);
        if (token.kind === "here-document") pending.push(token.document);
      } else tokens.push({ kind: "word", word });
    }
  }
  readHereDocuments(cursor, pending);
  return tokens;
}

function startsOperator(cursor: Cursor): boolean {
  return operators.some((op) => cursor.source.startsWith(op, cursor.index));
}

function readOperator(cursor: Cursor, fd: number | undefined): ShellToken {
  const op = operators.find((o) => cursor.source.startsWith(o, cursor.index)) ?? "";
  cursor.index += op.length;
  const withFd = fd === undefined ? {} : { fd };
  if (op !== "<<" && op !== "<<-") return { kind: "operator", op, ...withFd };
  while (cursor.source[cursor.index] === " " || cursor.source[cursor.index] === "\t") cursor.index++;
  if (cursor.index >= cursor.source.length || startsOperator(cursor)) {
    throw new ShellSyntaxError(`${op} is not followed by a here-document delimiter.`);
  }
  const delimiter = readWord(cursor);
  const document: HereDocument = {
    delimiter: delimiter.text,
    literal: delimiter.quoted,
    stripTabs: op === "<<-",
    body: "",
    terminated: false,
  };
  return { kind: "here-document", document, ...withFd };
}

function skipComment(cursor: Cursor): void {
  const end = cursor.source.indexOf("\n", cursor.index);
  cursor.index = end === -1 ? cursor.source.length : end;
}

/** Reads the bodies of the here-documents opened on the line that just ended; returns none left. */
function readHereDocuments(cursor: Cursor, documents: readonly HereDocument[]): HereDocument[] {
  const { source } = cursor;
  for (const document of documents) {
    let body = "";
    while (cursor.index < source.length) {
      const newline = source.indexOf("\n", cursor.index);
      const end = newline === -1 ? source.length : newline;
      let line = source.slice(cursor.index, end);
      cursor.index = end + 1;
      if (document.stripTabs) line = line.replace(/^\t+/, "");
      if (line === document.delimiter) {
        document.terminated = true;
        break;
      }
      body += `${line}\n`;
    }
    document.body = body;
  }
  return [];
}
