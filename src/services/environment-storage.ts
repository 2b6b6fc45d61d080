import { migrateEnvironments, type StoredEnvironments } from "../core/workspace/environments";

/**
 * Environments at the edge: the list in localStorage; each environment's token in sessionStorage
 * (this tab), or in localStorage only for an environment whose "remember on this device" is
 * ticked; the "production send confirmed" mark in sessionStorage so it is asked once a session.
 * Storage that throws (private mode, full quota) degrades to memory: the page keeps working.
 */
const listKey = "sync-data-playground:environments";
const tokenKey = (id: string) => `sync-data-playground:environment-token:${id}`;
const confirmedKey = (id: string) => `sync-data-playground:production-confirmed:${id}`;

export interface EnvironmentStorage {
  load(): StoredEnvironments;
  save(environments: StoredEnvironments): void;
  loadToken(id: string): string;
  saveToken(id: string, token: string, remember: boolean): void;
  forgetToken(id: string): void;
  productionConfirmed(id: string): boolean;
  confirmProduction(id: string): void;
}

type Area = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function safeArea(get: () => Area | undefined): Area {
  const memory = new Map<string, string>();
  const attempt = <T>(action: (area: Area) => T): T | undefined => {
    try {
      const area = get();
      return area ? action(area) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    getItem: (key) => (memory.has(key) ? (memory.get(key) ?? null) : (attempt((a) => a.getItem(key)) ?? null)),
    setItem: (key, value) => {
      if (attempt((a) => (a.setItem(key, value), true)) === true) memory.delete(key);
      else memory.set(key, value);
    },
    removeItem: (key) => {
      memory.delete(key);
      attempt((a) => a.removeItem(key));
    },
  };
}

export function createEnvironmentStorage(
  local: Area = safeArea(() => globalThis.localStorage),
  session: Area = safeArea(() => globalThis.sessionStorage),
): EnvironmentStorage {
  return {
    load() {
      const text = local.getItem(listKey);
      if (text === null) return migrateEnvironments(null);
      try {
        return migrateEnvironments(JSON.parse(text));
      } catch {
        return migrateEnvironments(null);
      }
    },
    // Re-read through the migration so only the known shape (never a token) is written.
    save: (environments) => local.setItem(listKey, JSON.stringify(migrateEnvironments(environments))),
    loadToken: (id) => session.getItem(tokenKey(id)) || local.getItem(tokenKey(id)) || "",
    saveToken(id, token, remember) {
      const [keep, clear] = remember ? [local, session] : [session, local];
      clear.removeItem(tokenKey(id));
      if (token === "") keep.removeItem(tokenKey(id));
      else keep.setItem(tokenKey(id), token);
    },
    forgetToken(id) {
      local.removeItem(tokenKey(id));
      session.removeItem(tokenKey(id));
      session.removeItem(confirmedKey(id));
    },
    productionConfirmed: (id) => session.getItem(confirmedKey(id)) === "yes",
    confirmProduction: (id) => session.setItem(confirmedKey(id), "yes"),
  };
}
