import type { JsonNode } from "../json/parse-json";
import { indentAfterBreak, lineIndentAt, oneLineComma, propertyColon, type DocumentLayout } from "./layout-style";
import { spanEnd } from "./span";
import type { RenderStyle } from "./render-json";

/** How the entries of one object or array are laid out, read from the entries it already has. */
export interface ContainerLayout {
  /** Entries each on their own line. */
  readonly multiline: boolean;
  /** Indentation of the line holding the opening bracket. */
  readonly lineIndent: string;
  /** Indentation of the entries (when multiline). */
  readonly childIndent: string;
  /** The exact text between two entries (`,\n    `, `, `, `,`). */
  readonly separator: string;
  /** Style for writing a new entry's value. */
  readonly childStyle: RenderStyle;
}

function spansLines(text: string, node: JsonNode): boolean {
  const lineBreak = text.indexOf("\n", node.offset);
  return lineBreak !== -1 && lineBreak < spanEnd(node);
}

/** The colon spacing of an object's first property. */
function firstColon(text: string, object: JsonNode): string | undefined {
  const property = object.type === "object" ? object.children?.[0] : undefined;
  return property ? propertyColon(text, property) : undefined;
}

/** The value of an entry: a property's value, or an array element itself. */
function entryValue(entry: JsonNode): JsonNode | undefined {
  return entry.type === "property" ? entry.children?.[1] : entry;
}

export function containerLayout(text: string, container: JsonNode, doc: DocumentLayout): ContainerLayout {
  const entries = container.children ?? [];
  const lineIndent = lineIndentAt(text, container.offset);
  const first = entries[0];
  const second = entries[1];
  const lead = first ? text.slice(container.offset + 1, first.offset) : "";
  const multiline = first ? lead.includes("\n") : doc.multiline;
  const childIndent = first ? (multiline ? indentAfterBreak(lead) : "") : lineIndent + doc.unit;
  const unit = multiline && childIndent.startsWith(lineIndent) && childIndent.length > lineIndent.length ? childIndent.slice(lineIndent.length) : doc.unit;

  // Spacing is read from the closest evidence: this container, else its first entry (a one-line
  // `[{"a":1,"b":2}]` says "no spaces" even if the rest of the body is written otherwise).
  const sample = first?.type === "object" ? first : undefined;
  const comma = oneLineComma(text, container) ?? (sample ? oneLineComma(text, sample) : undefined) ?? doc.comma;
  const colon = firstColon(text, container) ?? (sample ? firstColon(text, sample) : undefined) ?? doc.colon;

  let separator: string;
  if (first && second) separator = text.slice(spanEnd(first), second.offset);
  else if (multiline) separator = "," + doc.newline + childIndent;
  else separator = lead === "" ? comma : ", ";

  // Entries that are themselves objects or lists show whether nested values are broken into
  // lines (`[\n  {"a": 1},\n  {"a": 2}\n]` keeps its one-line items).
  const nested = entries.map(entryValue).find((node) => node !== undefined && (node.type === "object" || node.type === "array") && (node.children?.length ?? 0) > 0);
  const nestedMultiline = nested ? spansLines(text, nested) : multiline;

  return {
    multiline,
    lineIndent,
    childIndent,
    separator,
    childStyle: {
      multiline: nestedMultiline,
      indent: childIndent,
      unit,
      newline: doc.newline,
      colon,
      comma,
    },
  };
}
