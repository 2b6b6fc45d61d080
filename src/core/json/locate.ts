import type { JsonPath } from "./json-path";
import { readKey, skipSpace, skipValue } from "./text-cursor";

/** Where a value sits in the text, and for a property value, where its key is. */
export interface Span {
  readonly offset: number;
  readonly length: number;
  readonly keyOffset?: number;
  readonly keyLength?: number;
}

interface Trie {
  wanted: boolean;
  children: Map<string | number, Trie>;
}

/**
 * Finds the spans of many paths in valid JSON text in one pass, descending only into the parts
 * that lead somewhere wanted and skipping the rest bracket by bracket.
 * Returns a map keyed by `pathKey(path)`; paths that do not exist are absent.
 */
export function locatePaths(text: string, paths: readonly JsonPath[]): Map<string, Span> {
  const root: Trie = { wanted: false, children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      let next = node.children.get(segment);
      if (!next) node.children.set(segment, (next = { wanted: false, children: new Map() }));
      node = next;
    }
    node.wanted = true;
  }
  const found = new Map<string, Span>();
  const start = skipSpace(text, 0);
  visit(text, start, root, [], found, undefined);
  return found;
}

export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

function visit(text: string, i: number, trie: Trie, path: (string | number)[], found: Map<string, Span>, key: Span | undefined): number {
  const end = skipValue(text, i);
  if (trie.wanted) {
    const span: Span = key ? { offset: i, length: end - i, keyOffset: key.offset, keyLength: key.length } : { offset: i, length: end - i };
    found.set(pathKey(path), span);
  }
  if (trie.children.size === 0) return end;
  const c = text.charCodeAt(i);
  if (c === 123) visitObject(text, i, trie, path, found);
  else if (c === 91) visitArray(text, i, trie, path, found);
  return end;
}

function visitObject(text: string, i: number, trie: Trie, path: (string | number)[], found: Map<string, Span>): void {
  i = skipSpace(text, i + 1);
  while (text.charCodeAt(i) === 34) {
    const { key, end } = readKey(text, i);
    const keySpan: Span = { offset: i, length: end - i };
    i = skipSpace(text, skipSpace(text, end) + 1);
    const child = trie.children.get(key);
    if (child) {
      path.push(key);
      i = visit(text, i, child, path, found, keySpan);
      path.pop();
    } else i = skipValue(text, i);
    i = skipSpace(text, i);
    if (text.charCodeAt(i) !== 44) return;
    i = skipSpace(text, i + 1);
  }
}

function visitArray(text: string, i: number, trie: Trie, path: (string | number)[], found: Map<string, Span>): void {
  i = skipSpace(text, i + 1);
  let index = 0;
  let remaining = trie.children.size;
  while (remaining > 0 && i < text.length && text.charCodeAt(i) !== 93) {
    const child = trie.children.get(index);
    if (child) {
      path.push(index);
      i = visit(text, i, child, path, found, undefined);
      path.pop();
      remaining--;
    } else i = skipValue(text, i);
    i = skipSpace(text, i);
    if (text.charCodeAt(i) !== 44) return;
    i = skipSpace(text, i + 1);
    index++;
  }
}

/**
 * The path of the value starting at each offset (offsets ascending), in one pass over valid
 * JSON text; undefined for an offset where no value starts.
 */
export function pathsAtOffsets(text: string, offsets: readonly number[]): (JsonPath | undefined)[] {
  const result: (JsonPath | undefined)[] = offsets.map(() => undefined);
  let next = 0;
  const path: (string | number)[] = [];
  const descend = (i: number, end: number): void => {
    while (next < offsets.length && (offsets[next] ?? 0) < i) next++;
    if (next >= offsets.length || (offsets[next] ?? 0) >= end) return;
    if (offsets[next] === i) result[next++] = path.slice();
    const c = text.charCodeAt(i);
    if (c !== 123 && c !== 91) return;
    let j = skipSpace(text, i + 1);
    let index = 0;
    while (j < end - 1 && next < offsets.length) {
      if (c === 123) {
        const { key, end: keyEnd } = readKey(text, j);
        j = skipSpace(text, skipSpace(text, keyEnd) + 1);
        path.push(key);
      } else path.push(index++);
      const valueEnd = skipValue(text, j);
      descend(j, valueEnd);
      path.pop();
      j = skipSpace(text, valueEnd);
      if (text.charCodeAt(j) !== 44) break;
      j = skipSpace(text, j + 1);
    }
  };
  const start = skipSpace(text, 0);
  descend(start, skipValue(text, start));
  return result;
}
