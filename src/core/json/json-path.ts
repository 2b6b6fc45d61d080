import type { JsonNode } from "./parse-json";

/** A location inside the body: property names and array indexes from the root. */
export type JsonPath = readonly (string | number)[];

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a path the way people write it: `marketing_activity_datas[0].custom_sale_data_list[1].name`.
 * Names that are not identifiers are quoted: `a["odd key"]`. The root is `(body)`.
 */
export function formatPath(path: JsonPath): string {
  if (path.length === 0) return "(body)";
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (identifier.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Decodes a JSON Pointer (`/a/0/b`, as ajv reports) into a path; digit segments become indexes. */
export function pathFromPointer(pointer: string): JsonPath {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((raw) => {
      const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      return /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment;
    });
}

/** The value node at a path, or undefined. Property lookups take the last duplicate, as JSON.parse does. */
export function nodeAtPath(root: JsonNode | undefined, path: JsonPath): JsonNode | undefined {
  let node = root;
  for (const segment of path) {
    if (node === undefined) return undefined;
    if (typeof segment === "number") {
      node = node.type === "array" ? node.children?.[segment] : undefined;
    } else if (node.type === "object") {
      node = findLastProperty(node, segment)?.children?.[1];
    } else return undefined;
  }
  return node;
}

/** The property node (key and value) named `name` in an object node. */
export function findLastProperty(objectNode: JsonNode, name: string): JsonNode | undefined {
  const children = objectNode.children ?? [];
  for (let i = children.length - 1; i >= 0; i--) {
    const property = children[i];
    if (property?.children?.[0]?.value === name) return property;
  }
  return undefined;
}

/**
 * Reads a path written by {@link formatPath} back (`a[0].b`, `a["odd key"]`); undefined when
 * the text is not such a path.
 */
export function parsePath(text: string): JsonPath | undefined {
  if (text === "(body)") return [];
  const path: (string | number)[] = [];
  const token = /\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(0|[1-9][0-9]*)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let index = 0;
  while (index < text.length) {
    token.lastIndex = index;
    const match = token.exec(text);
    if (!match || (index === 0 && match[0].startsWith("."))) return undefined;
    if (match[1] !== undefined) path.push(match[1]);
    else if (match[2] !== undefined) path.push(Number(match[2]));
    else path.push(JSON.parse(match[3] ?? '""') as string);
    index = token.lastIndex;
  }
  return path;
}
