import type { JsonValue } from "../schema/proposed-value";

/** How to write a new value so that it matches the text around it. */
export interface RenderStyle {
  /** One entry per line (true) or everything on one line. */
  readonly multiline: boolean;
  /** Indentation of the line the value starts on; nested lines add `unit` to it. */
  readonly indent: string;
  readonly unit: string;
  readonly newline: string;
  readonly colon: string;
  /** Separator of entries on one line. */
  readonly comma: string;
}

/**
 * Writes a NEW value (a schema example) as JSON text in the body's style. Only ever used for
 * values the form creates — existing text is never re-serialised. Strings are quoted with
 * JSON.stringify; numbers come from the schema's examples, which are exact.
 */
export function renderJson(value: JsonValue, style: RenderStyle): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries: [string | undefined, JsonValue][] = Array.isArray(value)
    ? (value as readonly JsonValue[]).map((item) => [undefined, item])
    : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) return open + close;
  const inner: RenderStyle = { ...style, indent: style.indent + style.unit };
  const parts = entries.map(([key, item]) => (key === undefined ? "" : JSON.stringify(key) + style.colon) + renderJson(item, inner));
  if (!style.multiline) return open + parts.join(style.comma) + close;
  const lead = style.newline + inner.indent;
  return open + lead + parts.join("," + lead) + style.newline + style.indent + close;
}
