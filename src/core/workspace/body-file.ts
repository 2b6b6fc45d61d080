/**
 * What a `.json` file opened as the body becomes: its UTF-8 text exactly, except what the
 * editor cannot hold or the endpoint must not get, each said out loud. A UTF-8 byte order mark is
 * left out (JSON sent over a network must not start with one, RFC 8259 §8.1); CRLF line endings
 * are kept when the file uses them throughout; mixed line endings become the file's main kind.
 */
type BodyFile =
  | { readonly ok: true; readonly text: string; readonly lineEnding: "\n" | "\r\n"; readonly notes: readonly string[] }
  | { readonly ok: false; readonly error: string };

export function decodeBodyFile(bytes: Uint8Array, fileName: string): BodyFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: `${fileName} is UTF-16 text; save it as UTF-8 to open it here (the endpoint takes UTF-8).` };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, error: `${fileName} is not UTF-8 text, so it cannot be opened as a JSON body.` };
  }
  const notes: string[] = [];
  if (text.startsWith("\uFEFF")) {
    text = text.slice(1);
    notes.push(`${fileName} starts with a byte order mark (EF BB BF): it is left out of the body, since JSON sent over a network must not begin with one. Everything after it is kept exactly.`);
  }
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const cr = (text.match(/\r/g) ?? []).length - crlf;
  const lineEnding = crlf > lf + cr ? "\r\n" : "\n";
  if (cr > 0 || (crlf > 0 && lf > 0)) {
    text = text.replace(/\r\n|\r|\n/g, lineEnding);
    notes.push(`${fileName} mixes line endings; the editor holds one kind, so all of them are now ${lineEnding === "\r\n" ? "CRLF" : "LF"}.`);
  }
  return { ok: true, text, lineEnding, notes };
}
