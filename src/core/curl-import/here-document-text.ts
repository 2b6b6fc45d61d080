import type { HereDocument } from "./shell-lexer";

export interface InputText {
  readonly text: string;
  /** What the importer could not reproduce exactly, for the user. */
  readonly notes: readonly string[];
}

/**
 * The text a here-document feeds to its command. A quoted delimiter (`<<'X'`) passes the body
 * literally. An unquoted one makes the shell process `\$`, `` \` ``, `\\` and backslash-newline,
 * and expand `$…` and backticks, which the importer does not do (it reports them instead).
 */
export function hereDocumentText(document: HereDocument): InputText {
  const notes: string[] = [];
  if (!document.terminated) notes.push(`The here-document ends without its delimiter line ${document.delimiter}.`);
  if (document.literal) return { text: document.body, notes };
  let text = "";
  let expands = false;
  const { body } = document;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    const next = body[i + 1];
    if (c === "\\" && next !== undefined && "$`\\\n".includes(next)) {
      if (next !== "\n") text += next;
      i++;
      continue;
    }
    if (c === "`" || (c === "$" && next !== undefined && /[A-Za-z_{(0-9?$!#@*-]/.test(next))) expands = true;
    text += c;
  }
  if (expands) {
    notes.push(
      `The here-document's delimiter ${document.delimiter} is not quoted, so the shell would expand ` +
        "$… or `…` in the body; imported as written.",
    );
  }
  return { text, notes };
}
