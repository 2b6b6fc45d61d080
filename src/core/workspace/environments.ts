import { defaultTargetSettings, type TargetSettings } from "../request/target";
import { migrateForward, type VersionedShape } from "../stored-state/migrate";
import { isRecord, readTargetSettings, stringField, type UnknownRecord } from "../stored-state/read-fields";

/**
 * Named environments (a development store, staging, production…), as Postman and Insomnia users
 * know them. An environment holds the whole target settings object, so a setting added to
 * `TargetSettings` later (an API version, say) is carried without a change here. Its token is
 * never part of this shape: it lives in its own per-environment storage (this tab, or this device
 * when the user ticked "remember" for that environment), and exports never carry it.
 */
export interface Environment {
  readonly id: string;
  readonly name: string;
  readonly target: TargetSettings;
  /** The user marked it as production: a send asks once per browser session. */
  readonly production: boolean;
  /** Keep this environment's token on this device (localStorage) instead of this tab only. */
  readonly rememberToken: boolean;
}

export interface StoredEnvironments {
  readonly version: 1;
  readonly environments: readonly Environment[];
  /** The one used last, selected on load. */
  readonly selectedId: string | null;
}

export const emptyEnvironments: StoredEnvironments = { version: 1, environments: [], selectedId: null };

/** Bounds that keep hostile or runaway stored data from swelling the page. */
export const environmentLimits = { maxCount: 100, maxNameLength: 80, maxFieldLength: 2048 } as const;

/** Keys never carried, whatever a stored or imported object holds: a secret must not ride along. */
const secretLike = /token|secret|password|authori[sz]ation|key/i;

/**
 * Target settings read field by field: the known fields must be right; other fields are carried
 * when they are short strings, booleans or finite numbers (a later setting such as `apiVersion`),
 * so nothing else (objects, prototype keys) rides along.
 */
function readEnvironmentTarget(value: unknown): TargetSettings | null {
  const known = readTargetSettings(value);
  if (known === null || !isRecord(value)) return null;
  const extra: Record<string, string | number | boolean> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key in known || key === "__proto__" || key === "constructor" || key === "prototype" || secretLike.test(key)) continue;
    if (typeof field === "boolean" || (typeof field === "number" && Number.isFinite(field))) extra[key] = field;
    else if (typeof field === "string" && field.length <= environmentLimits.maxFieldLength) extra[key] = field;
  }
  if (known.storeHandle.length > environmentLimits.maxFieldLength || known.baseUrl.length > environmentLimits.maxFieldLength) return null;
  return { ...defaultTargetSettings, ...extra, ...known };
}

function readName(record: UnknownRecord): string | null {
  const name = stringField(record, "name")?.trim();
  if (!name) return null;
  return name.slice(0, environmentLimits.maxNameLength);
}

function readEnvironment(value: unknown): Environment | null {
  if (!isRecord(value)) return null;
  const id = stringField(value, "id");
  const name = readName(value);
  const target = readEnvironmentTarget(value["target"]);
  if (id === null || id === "" || id.length > 100 || name === null || target === null) return null;
  return { id, name, target, production: value["production"] === true, rememberToken: value["rememberToken"] === true };
}

const environmentsShape: VersionedShape<StoredEnvironments> = {
  current: 1,
  steps: {},
  read(value) {
    const list = value["environments"];
    if (!Array.isArray(list)) return null;
    const environments: Environment[] = [];
    const seen = new Set<string>();
    // One bad entry (a hand edit, another version's tab) costs that entry, not the whole list.
    for (const item of list.slice(0, environmentLimits.maxCount)) {
      const environment = readEnvironment(item);
      if (environment === null || seen.has(environment.id)) continue;
      seen.add(environment.id);
      environments.push(environment);
    }
    const selected = stringField(value, "selectedId");
    return { version: 1, environments, selectedId: selected !== null && seen.has(selected) ? selected : (environments[0]?.id ?? null) };
  },
};

/** The stored environments in their current shape; an empty list for anything unreadable. */
export function migrateEnvironments(value: unknown): StoredEnvironments {
  return migrateForward(value, environmentsShape) ?? emptyEnvironments;
}

/** The file `Export environments` writes: no ids, no tokens, no device choices. */
const environmentsFileFormat = "sync-data-playground/environments";

export function exportEnvironments(environments: readonly Environment[]): string {
  const file = {
    format: environmentsFileFormat,
    version: 1,
    environments: environments.map((environment) => ({
      name: environment.name,
      // Re-made from the reader, so only target settings are written.
      target: readEnvironmentTarget(environment.target) ?? defaultTargetSettings,
      production: environment.production,
    })),
  };
  return JSON.stringify(file, null, 2) + "\n";
}

interface ImportedEnvironment {
  readonly name: string;
  readonly target: TargetSettings;
  readonly production: boolean;
}

export type ImportResult = { readonly ok: true; readonly environments: readonly ImportedEnvironment[] } | { readonly ok: false; readonly error: string };

/** Reads an exported environments file, saying exactly what is wrong with one that is not. */
export function parseEnvironmentsFile(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, error: `This file is not JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (!isRecord(value) || value["format"] !== environmentsFileFormat) {
    return { ok: false, error: `This is not an environments file: it lacks "format": "${environmentsFileFormat}".` };
  }
  if (value["version"] !== 1) {
    return { ok: false, error: `This environments file has version ${JSON.stringify(value["version"])}; this playground reads version 1.` };
  }
  const list = value["environments"];
  if (!Array.isArray(list)) return { ok: false, error: `"environments" must be a list.` };
  if (list.length > environmentLimits.maxCount) return { ok: false, error: `The file holds ${list.length} environments; at most ${environmentLimits.maxCount} can be imported.` };
  const environments: ImportedEnvironment[] = [];
  for (const [index, item] of list.entries()) {
    const where = `Environment ${index + 1}`;
    if (!isRecord(item)) return { ok: false, error: `${where} is not an object.` };
    const name = readName(item);
    if (name === null) return { ok: false, error: `${where} has no name.` };
    const target = readEnvironmentTarget(item["target"]);
    if (target === null) {
      return { ok: false, error: `${where} ("${name}") has no valid target: it needs "kind" (sandbox, store or custom), "storeHandle" and "baseUrl" as text.` };
    }
    if (item["production"] !== undefined && typeof item["production"] !== "boolean") return { ok: false, error: `${where} ("${name}"): "production" must be true or false.` };
    environments.push({ name, target, production: item["production"] === true });
  }
  return { ok: true, environments };
}

/** `base`, or `base (2)`, `base (3)`… — the first name no environment has yet. */
export function uniqueName(base: string, existing: readonly { readonly name: string }[]): string {
  const taken = new Set(existing.map((item) => item.name));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base} (${n})`)) return `${base} (${n})`;
}
