import { pathKey } from "../json/locate";
import type { JsonPath } from "../json/json-path";
import { counterBounds, customValueType, itemFields, itemsListField } from "../../endpoint/item-fields";
import type { PendingProblem } from "./pending-problem";

type Item = Record<string, unknown>;

/**
 * Warnings about what the documentation does not forbid but a user may want to check: nothing
 * to sync, missing identity fields, timestamps in the future, custom values that do not look
 * like their type, and counters that usually bound each other. Each is an assumption (see
 * `validatorRules` in endpoint/rules.ts), so each is worded as a check, never as SHOPLINE's rule.
 * `literals` holds the text of numbers JSON.parse may have rounded (by `pathKey`).
 */
export function itemChecks(value: unknown, literals: ReadonlyMap<string, string>, nowMs: number): PendingProblem[] {
  const out: PendingProblem[] = [];
  if (!isObject(value)) return out;
  const list = value[itemsListField];
  if (list === undefined || (Array.isArray(list) && list.length === 0)) {
    const message = `There is nothing to sync: "${itemsListField}" is ${list === undefined ? "missing" : "empty"}. Check whether you meant to send items.`;
    out.push(list === undefined
      ? { severity: "warning", code: "nothing-to-sync", message, path: [itemsListField], anchor: "start", anchorPath: [] }
      : { severity: "warning", code: "nothing-to-sync", message, path: [itemsListField], anchor: "value" });
    return out;
  }
  if (!Array.isArray(list)) return out;
  list.forEach((item, i) => {
    if (isObject(item)) checkItem(item, [itemsListField, i], literals, nowMs, out);
  });
  return out;
}

function checkItem(item: Item, path: JsonPath, literals: ReadonlyMap<string, string>, nowMs: number, out: PendingProblem[]): void {
  const warn = (code: string, message: string, at: JsonPath, anchor: PendingProblem["anchor"] = "value"): void => {
    out.push(anchor === "start" ? { severity: "warning", code, message, path: at, anchor, anchorPath: path } : { severity: "warning", code, message, path: at, anchor });
  };
  /**
   * The exact integer at a field: the number itself when it is a safe integer (nearly always),
   * else from its literal, which JSON.parse may have rounded. BigInt only where needed: this runs
   * for every item of a 10,000-item body.
   */
  const integer = (name: string): bigint | number | undefined => {
    const raw = item[name];
    if (typeof raw !== "number") return undefined;
    if (Number.isSafeInteger(raw)) return raw;
    const literal = literals.get(pathKey([...path, name]));
    return literal !== undefined && /^-?\d+$/.test(literal) ? BigInt(literal) : undefined;
  };

  for (const name of [itemFields.id, itemFields.occurredOn]) {
    if (!(name in item)) {
      warn("missing-identity", `This item has no "${name}". The page marks nothing required, but statistics usually name their event and time: check whether it was left out.`, path, "start");
    }
  }

  const occurred = integer(itemFields.occurredOn);
  if (occurred !== undefined) {
    const at = [...path, itemFields.occurredOn];
    const ms = BigInt(occurred);
    // Fewer or more than 13 digits is the schema's error (minimum/maximum), quoting the page.
    if (ms > BigInt(nowMs) + 5n * 60_000n && ms < 10n ** 13n) {
      warn("timestamp-future", `${ms} is in the future (${new Date(Number(ms)).toISOString()}); statistics usually describe the past: check whether the time is right.`, at);
    }
  }

  for (const bound of counterBounds) {
    const part = integer(bound.part);
    const whole = integer(bound.whole);
    // Mixed number/bigint comparison is exact in JavaScript.
    if (part !== undefined && whole !== undefined && part > whole) {
      warn("counters-inconsistent", `${bound.part} (${part}) > ${bound.whole} (${whole}): there are usually not ${bound.why}. Check whether the two values are swapped or counted differently.`, [...path, bound.part]);
    }
  }

  for (const listName of itemFields.customLists) {
    const list = item[listName];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) => {
      if (isObject(entry)) checkCustomValue(entry, [...path, listName, index], warn);
    });
  }
}

const decimal = /^-?\d+(\.\d+)?$/;
const percentage = /^-?\d+(\.\d+)?%$/;

function checkCustomValue(entry: Item, path: JsonPath, warn: (code: string, message: string, at: JsonPath) => void): void {
  const type = entry[itemFields.customType];
  const shown = entry[itemFields.customValue];
  if (typeof type !== "number" || typeof shown !== "string") return;
  const at = [...path, itemFields.customValue];
  if ((type === customValueType.amount || type === customValueType.numerical) && !decimal.test(shown)) {
    warn("value-type", `"${shown}" is not a number; type ${type} (${labelOf(type)}) usually holds one, like the page's "100". Check whether the type or the value is right.`, at);
  } else if (type === customValueType.percent && !percentage.test(shown)) {
    if (!decimal.test(shown)) warn("value-type", `"${shown}" is not a fraction or percentage; type 2 (percent) usually holds one, like the page's "0.09". Check whether the type or the value is right.`, at);
    else if (Math.abs(Number(shown)) > 1) warn("value-type", `"${shown}" as a percent would be more than 100% if it is a fraction like the page's "0.09" (9%): check whether it is meant as a fraction.`, at);
  }
}

function labelOf(type: number): string {
  return Object.entries(customValueType).find(([, code]) => code === type)?.[0] ?? String(type);
}

function isObject(value: unknown): value is Item {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
