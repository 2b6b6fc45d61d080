import type { SchemaNode } from "../../endpoint/schema";
import { isoUtcToEpochMs, localInputToEpochMs, type TimezoneOffset } from "../form/epoch-ms";
import { classifyIntegerLiteral } from "../validation/int64";

type CellResult = { readonly ok: true; readonly json: string } | { readonly ok: false; readonly problem: string };

export interface ConvertOptions {
  /** Zone for date/times written without one (minutes to add to local time to get UTC, as Date#getTimezoneOffset). */
  readonly timezoneOffset: TimezoneOffset;
}

/** A field holding a 13-digit millisecond stamp (the schema's bounds say so). */
function isEpochMs(schema: SchemaNode): boolean {
  return schema["minimum"] === 1000000000000 && schema["maximum"] === 9999999999999;
}

/**
 * One non-empty cell as the JSON text of its field's value. Integers are taken from the cell's
 * text (never through a JS number); strings are JSON-quoted as they are (product ids stay
 * strings); a list field takes a cell holding JSON, written exactly as the cell has it.
 */
export function convertCell(cell: string, schema: SchemaNode, options: ConvertOptions): CellResult {
  const type = schema["type"];
  const text = cell.trim();
  if (type === "string") return { ok: true, json: JSON.stringify(cell) };
  if (type === "integer") {
    if (isEpochMs(schema) && !/^\d{13}$/.test(text)) return dateTime(text, options);
    const literal = text.startsWith("+") ? text.slice(1) : text;
    // Up to 18 digits is always inside the 64-bit range: no BigInt needed to say so.
    const kind = shortInteger.test(literal) ? ({ kind: "integer" } as const) : classifyIntegerLiteral(literal);
    if (kind.kind === "integer") {
      const allowed = schema["enum"];
      if (Array.isArray(allowed) && !allowed.some((v) => String(v) === literal)) return { ok: false, problem: `"${text}" is not one of ${allowed.join(", ")}` };
      return { ok: true, json: literal };
    }
    if (kind.kind === "out-of-range") return { ok: false, problem: `"${text}" is outside the 64-bit range` };
    return { ok: false, problem: `"${text}" is not a whole number` };
  }
  if (type === "array" || type === "object") {
    try {
      const value: unknown = JSON.parse(text);
      const isArray = Array.isArray(value);
      if ((type === "array") !== isArray || typeof value !== "object" || value === null) return { ok: false, problem: `expected a JSON ${type === "array" ? "list" : "object"}` };
    } catch {
      return { ok: false, problem: `expected JSON (a ${type === "array" ? "list" : "object"})` };
    }
    return { ok: true, json: text };
  }
  return { ok: true, json: JSON.stringify(cell) };
}

const shortInteger = /^-?(?:0|[1-9]\d{0,17})$/;
const dateOnly = /^(\d{4}-\d{2}-\d{2})$/;
const withZone = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:?\d{2})$/;

/** `occurred_on` from an ISO date or date/time: its own zone when written, else the chosen one. */
function dateTime(text: string, options: ConvertOptions): CellResult {
  const zoned = withZone.exec(text);
  let ms: string | undefined;
  if (zoned) {
    const [, date, time, zone = "Z"] = zoned;
    const utc = isoUtcToEpochMs(`${date}T${time}Z`);
    if (utc !== undefined) {
      const sign = zone.startsWith("-") ? -1 : 1;
      const digits = zone === "Z" ? "0000" : zone.slice(1).replace(":", "");
      const offsetMinutes = zone === "Z" ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
      ms = String(Number(utc) - offsetMinutes * 60_000);
    }
  } else {
    const local = dateOnly.test(text) ? `${text}T00:00` : text;
    ms = localInputToEpochMs(local, options.timezoneOffset);
  }
  if (ms === undefined || !/^\d{13}$/.test(ms)) return { ok: false, problem: `"${text}" is neither a 13-digit millisecond stamp nor an ISO date/time` };
  return { ok: true, json: ms };
}
