import { formatPath, nodeAtPath, type JsonPath } from "../json/json-path";
import { literalOf, type JsonNode } from "../json/parse-json";
import { buildListModel, type ListModel } from "./list-model";
import { objectFieldsAt, type FieldDescriptor } from "./schema-fields";
import { describeNodeType, spanOf, type Span } from "./span";
import { displayValueOf } from "./display-value";
import { stringCounter, type StringCounter } from "./string-counter";
import { epochMsToIsoUtc } from "./epoch-ms";

interface PresentFieldBase {
  readonly field: FieldDescriptor;
  readonly path: JsonPath;
  /** `marketing_activity_datas[0].order_num` (the input's visible label is `field.name`). */
  readonly label: string;
  /** The value's characters in the body. */
  readonly valueSpan: Span;
}

/** A documented field that is present, ready for an input. Discriminated by `kind` (= `field.kind`). */
export type PresentField =
  | (PresentFieldBase & {
      readonly kind: "int64";
      /** The literal as written (`"9223372036854775807"` stays exact). */
      readonly literal: string;
      readonly displayValue: string;
      /** For timestamps (`field.timestamp`): the instant in ISO UTC, when the value is one. */
      readonly isoUtc?: string;
    })
  | (PresentFieldBase & { readonly kind: "integer-enum"; readonly literal: string; readonly displayValue: string; readonly selected?: number })
  | (PresentFieldBase & {
      readonly kind: "string";
      /** The JSON string literal, quotes and escapes included. */
      readonly literal: string;
      /** The decoded string (what the input shows). */
      readonly displayValue: string;
      readonly counter?: StringCounter;
    })
  | (PresentFieldBase & { readonly kind: "list"; readonly list: ListModel })
  | (PresentFieldBase & { readonly kind: "object" });

/** A key the schema does not document, or an earlier duplicate of a key: kept, shown read-only. */
export interface UndocumentedEntry {
  readonly key: string;
  readonly path: JsonPath;
  readonly label: string;
  readonly reason: "not documented" | "duplicate key (the last one counts)";
  /** The value's text as written. */
  readonly raw: string;
  /** The whole `"key": value` property. */
  readonly span: Span;
}

export type ObjectModel =
  | {
      readonly ok: true;
      readonly path: JsonPath;
      /** The group's legend: `marketing_activity_datas[0]`, `(body)` for the root. */
      readonly legend: string;
      readonly span: Span;
      /** Present documented fields, in schema order. */
      readonly fields: readonly PresentField[];
      /** Absent documented fields, in schema order: the "add" choices. */
      readonly addChoices: readonly FieldDescriptor[];
      /** Not documented keys and shadowed duplicates, in document order. */
      readonly undocumented: readonly UndocumentedEntry[];
    }
  | { readonly ok: false; readonly path: JsonPath; readonly error: string };

function presentField(text: string, field: FieldDescriptor, path: JsonPath, value: JsonNode): PresentField {
  const base = { field, path, label: formatPath(path), valueSpan: spanOf(value) };
  if (field.kind === "list") return { ...base, kind: "list", list: buildListModel(text, field, path, value) };
  if (field.kind === "object") return { ...base, kind: "object" };
  const literal = literalOf(text, value);
  const displayValue = displayValueOf(text, value);
  if (field.kind === "string") {
    const counted = field.maxLength !== undefined && value.type === "string" ? { counter: stringCounter(displayValue, field.maxLength) } : {};
    return { ...base, kind: "string", literal, displayValue, ...counted };
  }
  if (field.kind === "integer-enum") {
    const selected = field.enumOptions?.find((option) => String(option.value) === literal);
    return { ...base, kind: "integer-enum", literal, displayValue, ...(selected ? { selected: selected.value } : {}) };
  }
  const isoUtc = field.timestamp && value.type === "number" ? epochMsToIsoUtc(literal) : undefined;
  return { ...base, kind: "int64", literal, displayValue, ...(isoUtc === undefined ? {} : { isoUtc }) };
}

/**
 * The form of one object of the body (the root, an item, a nested list's item): its documented
 * fields present and absent, and everything else it holds. Lists inside are summarised, not
 * expanded, so building an item stays proportional to that item alone.
 *
 * @param root the tree of `text` (from buildFormModel), so 1,000-item bodies are not re-parsed
 * @example buildObjectModel(text, model.root, ["marketing_activity_datas", 0])
 */
export function buildObjectModel(text: string, root: JsonNode, path: JsonPath): ObjectModel {
  const node = nodeAtPath(root, path);
  const fields = objectFieldsAt(path);
  if (!node) return { ok: false, path, error: `Nothing at ${formatPath(path)}` };
  if (node.type !== "object") return { ok: false, path, error: `Expected an object at ${formatPath(path)}, found ${describeNodeType(node)}` };
  const documented = new Map((fields ?? []).map((field) => [field.name, field]));
  const lastIndexByKey = new Map<string, number>();
  const properties = node.children ?? [];
  properties.forEach((property, i) => lastIndexByKey.set(String(property.children?.[0]?.value), i));

  const presentByName = new Map<string, PresentField>();
  const undocumented: UndocumentedEntry[] = [];
  properties.forEach((property, i) => {
    const key = String(property.children?.[0]?.value);
    const value = property.children?.[1];
    if (!value) return;
    const field = documented.get(key);
    const entryPath = [...path, key];
    if (field && lastIndexByKey.get(key) === i) {
      presentByName.set(key, presentField(text, field, entryPath, value));
      return;
    }
    const reason = field ? "duplicate key (the last one counts)" : "not documented";
    undocumented.push({ key, path: entryPath, label: formatPath(entryPath), reason, raw: literalOf(text, value), span: spanOf(property) });
  });

  const present: PresentField[] = [];
  const addChoices: FieldDescriptor[] = [];
  for (const field of fields ?? []) {
    const entry = presentByName.get(field.name);
    if (entry) present.push(entry);
    else addChoices.push(field);
  }
  return { ok: true, path, legend: formatPath(path), span: spanOf(node), fields: present, addChoices, undocumented };
}
