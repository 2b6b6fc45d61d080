import { bodySchema } from "../../endpoint/schema";
import { literalOf, parseJson, type JsonNode } from "../json/parse-json";
import { enumOptions, schemaAt } from "../schema/schema-nav";
import { itemsListField } from "../../endpoint/item-fields";
import { formatCustomValue } from "./custom-value";
import { formatNumberLiteral, formatRate, integerOf, missingValue } from "./number-text";
import { describeOccurredOn, type OccurredOnText } from "./occurred-on";
import { counterGroups, previewFields, type CounterGroupSpec } from "./preview-fields";

interface PreviewCounter {
  readonly label: string;
  readonly field: string;
  /** Grouped digits (`"1,001,672,246,800,000"`), the literal as written if it is no number, or "—". */
  readonly text: string;
}

interface PreviewRate {
  readonly label: string;
  /** What is divided by what, in the counters' labels: "Clicks / Impressions". */
  readonly formula: string;
  readonly text: string;
}

export interface PreviewGroup {
  readonly key: CounterGroupSpec["key"];
  readonly title: string;
  readonly counters: readonly PreviewCounter[];
  readonly rates: readonly PreviewRate[];
}

export interface CustomCard {
  readonly name: string;
  readonly toolTip: string;
  /** The type's label from the schema ("percent"), or the code as written when unknown. */
  readonly typeLabel: string;
  readonly value: string;
  /** False when the value does not read as its type says. */
  readonly understood: boolean;
}

export interface PreviewList<T> {
  readonly key: string;
  readonly title: string;
  readonly field: string;
  readonly entries: readonly T[];
}

export interface ItemPreview {
  readonly eventId: string | undefined;
  readonly occurredOn: OccurredOnText | undefined;
  readonly groups: readonly PreviewGroup[];
  readonly customLists: readonly PreviewList<CustomCard>[];
  readonly rankings: readonly PreviewList<{ readonly name: string; readonly count: string }>[];
}

type ItemPreviewResult = { readonly ok: true; readonly preview: ItemPreview } | { readonly ok: false; readonly message: string };

interface PreviewOptions {
  /** BCP 47 locale for numbers and dates; undefined → the runtime's. */
  readonly locale?: string;
  /** IANA zone for the local date; undefined → the runtime's. */
  readonly timeZone?: string;
}

/**
 * One item, as a person reads it in a report. Takes the item's own text (a slice of the body,
 * see `indexItems`), so only that item is parsed; every number comes from its literal.
 * @example previewItem('{"click_num": 1, "impression_num": 4}').preview.groups[0].rates[0].text // → "25.0%"
 */
export function previewItem(itemText: string, options: PreviewOptions = {}): ItemPreviewResult {
  const { root, syntaxErrors } = parseJson(itemText);
  if (!root) return { ok: false, message: `This item is not valid JSON: ${syntaxErrors[0]?.message ?? "unknown error"}.` };
  if (root.type !== "object") return { ok: false, message: "This item is not an object." };
  const { locale, timeZone } = options;
  const item = membersOf(root);
  const literal = (node: JsonNode | undefined) => (node ? literalOf(itemText, node) : undefined);
  const text = (node: JsonNode | undefined) => (node?.type === "string" ? String(node.value) : (literal(node) ?? missingValue));
  const count = (node: JsonNode | undefined) => {
    const written = literal(node);
    return written === undefined ? missingValue : node?.type === "number" ? (formatNumberLiteral(written, locale) ?? written) : written;
  };

  const groups = counterGroups.map((group) => ({
    key: group.key,
    title: group.title,
    counters: group.counters.map((c) => ({ label: c.label, field: c.field, text: count(item.get(c.field)) })),
    rates: group.rates.map((r) => ({
      label: r.label,
      formula: `${counterLabel(r.part)} / ${counterLabel(r.whole)}`,
      text: formatRate(integerOf(literal(item.get(r.part))), integerOf(literal(item.get(r.whole))), locale),
    })),
  }));

  const { custom } = previewFields;
  const customLists = previewFields.customLists.map((list) => {
    const labels = enumOptions(schemaAt(bodySchema, [itemsListField, 0, list.field, 0, custom.type]));
    const entries = objectsIn(item.get(list.field)).map((entry): CustomCard => {
      const type = entry.get(custom.type);
      const valueNode = entry.get(custom.value);
      const formatted = valueNode?.type === "string" ? formatCustomValue(type?.value, String(valueNode.value), locale) : { text: text(valueNode), understood: false };
      const typeLabel = labels.find((o) => o.value === type?.value)?.label ?? literal(type) ?? missingValue;
      return { name: text(entry.get(custom.name)), toolTip: text(entry.get(custom.toolTips)), typeLabel, value: formatted.text, understood: formatted.understood };
    });
    return { key: list.key, title: list.title, field: list.field, entries };
  });

  const rankings = previewFields.rankings.map((list) => ({
    key: list.key,
    title: list.title,
    field: list.field,
    entries: objectsIn(item.get(list.field)).map((entry) => ({ name: text(entry.get(list.name)), count: count(entry.get(list.count)) })),
  }));

  const id = item.get(previewFields.id);
  const occurred = literal(item.get(previewFields.occurredOn));
  return {
    ok: true,
    preview: {
      eventId: id ? text(id) : undefined,
      occurredOn: occurred === undefined ? undefined : describeOccurredOn(occurred, locale, timeZone),
      groups,
      customLists,
      rankings,
    },
  };
}

function counterLabel(field: string): string {
  return counterGroups.flatMap((g) => g.counters).find((c) => c.field === field)?.label ?? field;
}

/** An object's members by name; a repeated name keeps its last value, as JSON.parse does. */
function membersOf(object: JsonNode): Map<string, JsonNode> {
  const members = new Map<string, JsonNode>();
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key && value) members.set(String(key.value), value);
  }
  return members;
}

/** The object entries of a list value (anything else in it is skipped). */
function objectsIn(list: JsonNode | undefined): Map<string, JsonNode>[] {
  if (list?.type !== "array") return [];
  return (list.children ?? []).filter((entry) => entry.type === "object").map(membersOf);
}
