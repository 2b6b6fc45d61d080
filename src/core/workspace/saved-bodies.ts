import { migrateForward, type VersionedShape } from "../stored-state/migrate";
import { finiteNumberField, isRecord, stringField } from "../stored-state/read-fields";

/**
 * A body the user saved under a name (`Save body`). Kept one record each in IndexedDB, because a
 * library of bodies outgrows the few megabytes of localStorage the draft and history share. The
 * text is kept exactly: it is what opens, and what is sent.
 */
export interface SavedBody {
  readonly id: string;
  readonly name: string;
  readonly bodyText: string;
  readonly savedAt: number;
}

interface StoredSavedBody extends SavedBody {
  readonly version: 1;
}

const savedBodyNameMaxLength = 120;

const savedBodyShape: VersionedShape<SavedBody> = {
  current: 1,
  steps: {},
  read(value) {
    const id = stringField(value, "id");
    const name = stringField(value, "name")?.trim().slice(0, savedBodyNameMaxLength);
    const bodyText = stringField(value, "bodyText");
    const savedAt = finiteNumberField(value, "savedAt");
    if (id === null || id === "" || !name || bodyText === null || savedAt === null) return null;
    // Re-made field by field: nothing else stored beside it (a token, say) comes along.
    return { id, name, bodyText, savedAt };
  },
};

/** A stored record in the current shape, or `null` for anything that is not one (or is newer). */
export function readSavedBody(value: unknown): SavedBody | null {
  return isRecord(value) ? migrateForward(value, savedBodyShape) : null;
}

export function toStoredSavedBody(body: SavedBody): StoredSavedBody {
  return { version: 1, id: body.id, name: body.name, bodyText: body.bodyText, savedAt: body.savedAt };
}

/** Bodies whose name (or text) contains every word of `query`, newest first. */
export function searchSavedBodies(bodies: readonly SavedBody[], query: string): readonly SavedBody[] {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word !== "");
  const matches = bodies.filter((body) => {
    const name = body.name.toLowerCase();
    return words.every((word) => name.includes(word) || body.bodyText.toLowerCase().includes(word));
  });
  return [...matches].sort((a, b) => b.savedAt - a.savedAt || a.name.localeCompare(b.name));
}
