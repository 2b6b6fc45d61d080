import type { JsonNode } from "../json/parse-json";
import { isContainer, spanEnd } from "./span";

/** How the body is written, so inserted text looks as if the same person typed it. */
export interface DocumentLayout {
  /** `"\n"` or `"\r\n"`, as the body's first line break. */
  readonly newline: string;
  /** One level of indentation (`"  "`, `"    "`, `"\t"`…). */
  readonly unit: string;
  /** Between a key and its value: `": "`, `":"` or `" : "`. */
  readonly colon: string;
  /** Between entries written on one line: `", "` or `","`. */
  readonly comma: string;
  /** Whether new containers get one entry per line (false for a body written on one line). */
  readonly multiline: boolean;
}

/** Style is read from the start of the body: enough evidence, and bounded time on 1,000-item bodies. */
const nodesToInspect = 2000;

/** The first node (depth first, document order) that satisfies `test`, among the first nodes of the body. */
function findNode(root: JsonNode, test: (node: JsonNode) => boolean): JsonNode | undefined {
  const stack = [root];
  for (let visited = 0; stack.length > 0 && visited < nodesToInspect; visited++) {
    const node = stack.pop() as JsonNode;
    if (test(node)) return node;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as JsonNode);
  }
  return undefined;
}

/** The spaces and tabs that start the line holding `offset`. */
export function lineIndentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let i = lineStart;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  return text.slice(lineStart, i);
}

/** The whitespace after the last line break of a gap (the next line's indentation); "" without a break. */
export function indentAfterBreak(gap: string): string {
  const lineBreak = gap.lastIndexOf("\n");
  return lineBreak === -1 ? "" : gap.slice(lineBreak + 1).replace(/[^ \t]/g, "");
}

/** `" :  "` → `" : "`: keeps whether there is a space on each side, not how many. */
export function normalizeColon(gap: string): string {
  return `${/^\s/.test(gap) ? " " : ""}:${/\s$/.test(gap) ? " " : ""}`;
}

/** A property's colon spacing (normalised); undefined for a property without a key and a value. */
export function propertyColon(text: string, property: JsonNode): string | undefined {
  const [key, value] = property.children ?? [];
  return key && value ? normalizeColon(text.slice(spanEnd(key), value.offset)) : undefined;
}

/** `","` or `", "` from the gap between a container's first two entries, when they share a line. */
export function oneLineComma(text: string, container: JsonNode): string | undefined {
  const [first, second] = container.children ?? [];
  if (!first || !second) return undefined;
  const gap = text.slice(spanEnd(first), second.offset);
  return gap.includes("\n") ? undefined : /,\s/.test(gap) ? ", " : ",";
}

export function documentLayout(text: string, root: JsonNode): DocumentLayout {
  const lineBreak = text.indexOf("\n");
  const newline = lineBreak > 0 && text[lineBreak - 1] === "\r" ? "\r\n" : "\n";

  const property = findNode(root, (node) => node.type === "property" && node.children?.length === 2);
  const colon = (property && propertyColon(text, property)) ?? ": ";

  const oneLineGap = findNode(root, (node) => isContainer(node) && oneLineComma(text, node) !== undefined);
  const comma = (oneLineGap && oneLineComma(text, oneLineGap)) ?? (colon.endsWith(" ") ? ", " : ",");

  const brokenContainer = findNode(root, (node) => {
    const child = node.children?.[0];
    return isContainer(node) && child !== undefined && text.slice(node.offset + 1, child.offset).includes("\n");
  });
  let unit = "  ";
  const firstChild = brokenContainer?.children?.[0];
  if (brokenContainer && firstChild) {
    const outer = lineIndentAt(text, brokenContainer.offset);
    const inner = indentAfterBreak(text.slice(brokenContainer.offset + 1, firstChild.offset));
    if (inner.startsWith(outer) && inner.length > outer.length) unit = inner.slice(outer.length);
  }

  // A body on one line is "compact" only when it shows it: a container with two entries or a
  // nested non-empty one. `{}` or `{"marketing_activity_datas": []}` are just starting points,
  // and grow into the usual indented layout.
  const lineBreakInRoot = text.indexOf("\n", root.offset);
  const multiline =
    (lineBreakInRoot !== -1 && lineBreakInRoot < spanEnd(root)) ||
    (oneLineGap === undefined &&
      findNode(root, (node) => isContainer(node) && node !== root && (node.children?.length ?? 0) > 0) === undefined);
  return { newline, unit, colon, comma, multiline };
}
