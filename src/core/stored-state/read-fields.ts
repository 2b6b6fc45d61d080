import { readApiVersion, type TargetKind, type TargetSettings } from "../request/target";

/**
 * Field-by-field readers for data that comes back from browser storage. Anything may be there
 * (older versions, other tabs, hand edits), so nothing is trusted by shape; and the readers
 * build new objects, so a stray field (a token, say) never rides along into what is saved next.
 */

export type UnknownRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function stringField(record: UnknownRecord, key: string): string | null {
  const value = record[key];
  return typeof value === "string" ? value : null;
}

export function finiteNumberField(record: UnknownRecord, key: string): number | null {
  const value = record[key];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** `Record` makes the compiler demand every kind, so this list cannot fall behind `TargetKind`. */
const targetKinds: Readonly<Record<TargetKind, true>> = { sandbox: true, store: true, custom: true };

function isTargetKind(value: unknown): value is TargetKind {
  return typeof value === "string" && Object.hasOwn(targetKinds, value);
}

export function readTargetSettings(value: unknown): TargetSettings | null {
  if (!isRecord(value) || !isTargetKind(value["kind"])) return null;
  const storeHandle = stringField(value, "storeHandle");
  const baseUrl = stringField(value, "baseUrl");
  if (storeHandle === null || baseUrl === null) return null;
  // Absent (older data) or not a documented version: the default, as before versions existed.
  const apiVersion = readApiVersion(value["apiVersion"]);
  return apiVersion === undefined ? { kind: value["kind"], storeHandle, baseUrl } : { kind: value["kind"], storeHandle, baseUrl, apiVersion };
}
