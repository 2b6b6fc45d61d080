import { lineStarts, offsetToLineColumn } from "../json/offset-position";
import { parseJson, type JsonNode } from "../json/parse-json";

/** The first syntax error, where a person finds it (1-based line and column). */
export interface SyntaxErrorAt {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly offset: number;
}

export type ParsedBody = { readonly ok: true; readonly root: JsonNode } | { readonly ok: false; readonly syntaxError: SyntaxErrorAt };

/**
 * Parses the body for the form. The form only edits a body that parses: edits computed on a
 * best-effort tree could land in the wrong place.
 */
export function parseBody(text: string): ParsedBody {
  const { root, syntaxErrors } = parseJson(text);
  const first = syntaxErrors[0];
  if (first) {
    const { line, column } = offsetToLineColumn(lineStarts(text), first.offset);
    return { ok: false, syntaxError: { line, column, message: first.message, offset: first.offset } };
  }
  if (!root) return { ok: false, syntaxError: { line: 1, column: 1, message: "The body is empty", offset: 0 } };
  return { ok: true, root };
}

/** The tree an edit works on: the caller's (already parsed from this very text) or a fresh parse. */
export function rootForEdit(text: string, root: JsonNode | undefined): { ok: true; root: JsonNode } | { ok: false; error: string } {
  if (root) return { ok: true, root };
  const parsed = parseBody(text);
  if (parsed.ok) return parsed;
  const { line, column, message } = parsed.syntaxError;
  return { ok: false, error: `The body is not valid JSON (line ${line}, column ${column}: ${message}); the form is read-only until it is fixed` };
}
