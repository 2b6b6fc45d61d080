import { mapColumns, type ColumnMapping } from "./column-mapping";
import { parseDelimited } from "./delimited-text";
import { looksLikeJsonRows, readJsonRows } from "./json-rows";

/** What a file or a paste holds: a table to map, or items already written as JSON. */
type ImportInput =
  | { readonly kind: "table"; readonly header: readonly string[]; readonly rows: readonly string[][]; readonly mapping: readonly ColumnMapping[] }
  | { readonly kind: "json"; readonly items: readonly string[] }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "empty" };

/** Reads an import: JSON (array or Lines) when it starts like JSON, else CSV/TSV with a header row. */
export function readImport(text: string): ImportInput {
  if (text.trim() === "") return { kind: "empty" };
  if (looksLikeJsonRows(text)) {
    const result = readJsonRows(text);
    return result.ok ? { kind: "json", items: result.items } : { kind: "error", error: result.error };
  }
  const [header, ...rows] = parseDelimited(text);
  if (!header || header.every((h) => h.trim() === "")) return { kind: "error", error: "The first line must name the columns." };
  return { kind: "table", header, rows, mapping: mapColumns(header) };
}
