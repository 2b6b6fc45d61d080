/**
 * Allocation-free moves over JSON text that is already known to be valid (JSON.parse accepted
 * it). Used to find the few places problems point at without building a tree of a 9 MB body.
 */

export function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

/** `i` at an opening quote → the index just after the closing quote. */
export function skipString(text: string, i: number): number {
  for (let q = text.indexOf('"', i + 1); q !== -1; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
  }
  return text.length;
}

/** `i` at the start of a value → the index just after it. */
export function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34) return skipString(text, i);
  if (c !== 123 && c !== 91) {
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
      i++;
    }
    return i;
  }
  let depth = 0;
  while (i < text.length) {
    const d = text.charCodeAt(i);
    if (d === 34) {
      i = skipString(text, i);
      continue;
    }
    if (d === 123 || d === 91) depth++;
    else if (d === 125 || d === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return i;
}

/** `i` at a key's opening quote → the decoded key and the index after it. */
export function readKey(text: string, i: number): { key: string; end: number } {
  const end = skipString(text, i);
  const raw = text.slice(i, end);
  return { key: raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1), end };
}
