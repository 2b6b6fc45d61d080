import { pickTargetSettings, type TargetSettings } from "../request/target";
import { migrateForward, type VersionedShape } from "./migrate";
import { finiteNumberField, readTargetSettings, stringField, type UnknownRecord } from "./read-fields";

/**
 * The draft kept in browser storage so a reload does not lose work. It never holds the token:
 * that is stored apart, and only when the user asks (see services/storage.ts).
 */
export interface StoredDraft {
  readonly version: 1;
  /** The editor's text, byte for byte. */
  readonly bodyText: string;
  readonly target: TargetSettings;
  /** When it was saved, in milliseconds since the epoch; 0 when unknown (drafts from before v1). */
  readonly savedAt: number;
}

const draftVersion = 1;

/** A draft of what the user has now; only these fields are taken from `input`. */
export function makeStoredDraft(input: { readonly bodyText: string; readonly target: TargetSettings }, savedAt: number): StoredDraft {
  return { version: draftVersion, bodyText: input.bodyText, target: pickTargetSettings(input.target), savedAt };
}

function readDraftV1(value: UnknownRecord): StoredDraft | null {
  const bodyText = stringField(value, "bodyText");
  const target = readTargetSettings(value["target"]);
  const savedAt = finiteNumberField(value, "savedAt");
  if (value["version"] !== draftVersion || bodyText === null || target === null || savedAt === null) return null;
  return makeStoredDraft({ bodyText, target }, savedAt);
}

const draftShape: VersionedShape<StoredDraft> = {
  current: draftVersion,
  // v0: `{ bodyText, target }`, written before drafts had a version or a time.
  unversioned: 0,
  steps: { 0: (old) => ({ ...old, version: 1, savedAt: 0 }) },
  read: readDraftV1,
};

/** The stored draft in its current shape, or `null` for anything that is not a draft. Never throws. */
export function migrateDraft(value: unknown): StoredDraft | null {
  return migrateForward(value, draftShape);
}
