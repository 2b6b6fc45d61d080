import type { SchemaNode } from "../../endpoint/schema";

/**
 * How a format version's preset deflate dictionary is made. Deflate can copy from the
 * dictionary as if it had already been sent, so bodies that look like the documented example
 * cost a few bytes instead of a few hundred.
 *
 * This runs once, when a format version is created: its output is then frozen as a literal
 * (see `dictionary-v1.ts`), because a link made today must decode with the same bytes forever,
 * whatever later happens to the schema or the example.
 */

interface DictionarySources {
  /** The body schema: its field names, in its order, with its example values. */
  readonly schema: SchemaNode;
  /** The documented example body, byte for byte. */
  readonly exampleText: string;
  /** Base URLs a custom target commonly holds (they travel in the frame just before the body). */
  readonly baseUrls: readonly string[];
}

/**
 * Parts from least to most likely, because deflate codes near distances more cheaply and the
 * end of the dictionary is nearest to the data: a compact and an indented skeleton in schema
 * order (what code that serialises a struct emits), the example minified, the example as
 * published, then the base URLs.
 */
export function deriveDictionaryText(sources: DictionarySources): string {
  const skeleton = skeletonOf(sources.schema);
  return [
    JSON.stringify(skeleton),
    JSON.stringify(skeleton, null, 2),
    minifyJsonText(sources.exampleText),
    sources.exampleText,
    ...sources.baseUrls,
  ].join("");
}

/** A value of the schema's shape: every property in schema order, leaves set to their examples. */
function skeletonOf(node: SchemaNode): unknown {
  const properties = node["properties"];
  if (isObject(properties)) {
    return Object.fromEntries(Object.entries(properties).map(([name, child]) => [name, skeletonOf(asNode(child))]));
  }
  const items = node["items"];
  if (isObject(items)) return [skeletonOf(items)];
  const examples = node["examples"];
  if (Array.isArray(examples) && examples.length > 0) return examples[0];
  return node["type"] === "string" ? "" : 0;
}

/** Drops whitespace outside strings; the text is otherwise untouched (no number is re-printed). */
export function minifyJsonText(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      out += char;
      if (char === "\\") out += text[++i] ?? "";
      else if (char === '"') inString = false;
    } else if (char === '"') {
      out += char;
      inString = true;
    } else if (!/\s/.test(char)) {
      out += char;
    }
  }
  return out;
}

function isObject(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asNode(value: unknown): SchemaNode {
  return isObject(value) ? value : {};
}
