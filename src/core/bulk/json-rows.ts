import { skipSpace, skipValue } from "../json/text-cursor";

type JsonRowsResult =
  | { readonly ok: true; readonly items: string[] }
  | { readonly ok: false; readonly error: string };

/**
 * Items given as JSON — a JSON array of objects, or JSON Lines (one object a line) — as the
 * text of each item, exactly as written: no parse/stringify round trip, so 64-bit values and
 * the writer's spelling survive. Each item is checked to be one JSON object.
 */
export function readJsonRows(input: string): JsonRowsResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const start = skipSpace(text, 0);
  const items: string[] = [];
  if (text[start] === "[") {
    let i = skipSpace(text, start + 1);
    while (i < text.length && text[i] !== "]") {
      const end = skipValue(text, i);
      if (end <= i) return { ok: false, error: `Not JSON at character ${i + 1}.` };
      items.push(text.slice(i, end));
      i = skipSpace(text, end);
      if (text[i] === ",") i = skipSpace(text, i + 1);
      else if (text[i] !== "]") return { ok: false, error: `Expected "," or "]" at character ${i + 1}.` };
    }
    if (text[i] !== "]") return { ok: false, error: "The JSON list is not closed with ]." };
  } else {
    for (const line of text.split(/\r?\n/)) if (line.trim() !== "") items.push(line.trim());
  }
  for (const [n, item] of items.entries()) {
    let value: unknown;
    try {
      value = JSON.parse(item);
    } catch {
      return { ok: false, error: `Item ${n + 1} is not valid JSON.` };
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, error: `Item ${n + 1} is not a JSON object.` };
  }
  return { ok: true, items };
}

/** Whether pasted or opened text is JSON items rather than a table. */
export function looksLikeJsonRows(text: string): boolean {
  const first = text.replace(/^\uFEFF/, "").trimStart()[0];
  return first === "[" || first === "{";
}
