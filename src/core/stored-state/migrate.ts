import { isRecord, type UnknownRecord } from "./read-fields";

/**
 * The versioning of stored shapes (after hoppscotch-data's `rest/v/0…n`): every stored object
 * carries `version`; step `n` turns version n into n + 1; after the last step the current
 * version's reader checks every field. Old data moves forward; it is never rewritten in place.
 */

/** Turns one version's object into the next version's, or `null` when it is not what it claims. */
type MigrationStep = (old: UnknownRecord) => UnknownRecord | null;

export interface VersionedShape<T> {
  readonly current: number;
  /** `steps[n]` migrates version n to n + 1. */
  readonly steps: Readonly<Partial<Record<number, MigrationStep>>>;
  /** Reads the current version's shape field by field; `null` when it is not one. */
  readonly read: (value: UnknownRecord) => T | null;
  /** The version of an object without `version` (written before versions existed), if any is known. */
  readonly unversioned?: number;
}

/**
 * The current shape of a stored value, or `null` for garbage, for a version without a path
 * forward, and for a version newer than this app (its fields may mean something we don't know).
 */
export function migrateForward<T>(value: unknown, shape: VersionedShape<T>): T | null {
  if (!isRecord(value)) return null;
  let version = value["version"] === undefined ? shape.unversioned : value["version"];
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0 || version > shape.current) return null;
  let data: UnknownRecord | null = value;
  while (version < shape.current) {
    const step = shape.steps[version];
    if (step === undefined) return null;
    data = step(data);
    if (data === null) return null;
    version += 1;
  }
  return shape.read(data);
}
