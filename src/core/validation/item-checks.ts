import { pathKey } from "../json/locate";
import type { JsonPath } from "../json/json-path";
import { counterBounds, customValueType, itemFields, itemsListField } from "./item-fields";
import type { PendingProblem } from "./pending-problem";

type Item = Record<string, unknown>;

/**
 * Warnings about what the documentation does not forbid but a user would want to know:
 * missing identity fields, timestamps in seconds or in the future, custom values that do not
 * fit their type, and counters that cannot be true together.
 * `literals` holds the text of numbers JSON.parse may have rounded (by `pathKey`).
 */
export function itemChecks(value: unknown, literals: ReadonlyMap<string, string>, nowMs: number): PendingProblem[] {
  const out: PendingProblem[] = [];
  const list = isObject(value) ? value[itemsListField] : undefined;
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
    if (!(name in item)) warn("missing-identity", `This item has no "${name}": SHOPLINE cannot tell which event or day it is for.`, path, "start");
  }

  const occurred = integer(itemFields.occurredOn);
  if (occurred !== undefined) {
    const at = [...path, itemFields.occurredOn];
    const ms = BigInt(occurred);
    const digits = ms.toString().replace("-", "").length;
    if (digits === 10) {
      warn("timestamp-seconds", `${ms} looks like seconds, not milliseconds: did you mean ${ms * 1000n}?`, at);
    } else if (ms > BigInt(nowMs) + 5n * 60_000n && ms < 10n ** 13n) {
      warn("timestamp-future", `${ms} is in the future (${new Date(Number(ms)).toISOString()}).`, at);
    }
  }

  for (const bound of counterBounds) {
    const part = integer(bound.part);
    const whole = integer(bound.whole);
    // Mixed number/bigint comparison is exact in JavaScript.
    if (part !== undefined && whole !== undefined && part > whole) {
      warn("counters-inconsistent", `${bound.part} (${part}) > ${bound.whole} (${whole}): ${bound.why} cannot be true.`, [...path, bound.part]);
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
    warn("value-type", `"${shown}" is not a number, but type ${type} (${labelOf(type)}) expects one, like "100".`, at);
  } else if (type === customValueType.percent && !percentage.test(shown)) {
    if (!decimal.test(shown)) warn("value-type", `"${shown}" is not a fraction or percentage, as type 2 (percent) expects, like "0.09" or "9%".`, at);
    else if (Math.abs(Number(shown)) > 1) warn("value-type", `"${shown}" as a percent is more than 100%: percent values are fractions like "0.09" (9%).`, at);
  }
}

function labelOf(type: number): string {
  return Object.entries(customValueType).find(([, code]) => code === type)?.[0] ?? String(type);
}

function isObject(value: unknown): value is Item {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
