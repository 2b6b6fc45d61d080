import { createSignal, type Accessor } from "solid-js";
import { exportEnvironments, parseEnvironmentsFile, uniqueName, type Environment, type StoredEnvironments } from "../../core/workspace/environments";
import { createEnvironmentStorage, type EnvironmentStorage } from "../../services/environment-storage";
import { newHistoryId } from "../../services/storage";
import type { AppState } from "./app-state";
import type { TargetStore } from "./target-store";
import type { SendController } from "../send-controller";

export interface EnvironmentsState {
  /** The app state to hand to the page: the user's edits of target and token go into the selected environment. */
  readonly state: AppState;
  readonly list: Accessor<readonly Environment[]>;
  readonly selected: Accessor<Environment | undefined>;
  /** Switches to an environment (its target and token), or to none with `null`. */
  select(id: string | null): void;
  /** A new environment from the current target (without a token: each keeps its own). */
  create(): void;
  duplicate(): void;
  rename(name: string): void;
  setProduction(production: boolean): void;
  remove(): void;
  exportText(): string;
  /** Adds the file's environments; returns the message to show (an error says what is wrong). */
  importText(text: string): { readonly ok: boolean; readonly message: string };
  /** A send to a production environment waiting for the user's answer. */
  readonly askingProduction: Accessor<Environment | undefined>;
  answerProduction(send: boolean): void;
  /** The sender, asking once per browser session before a send to a production environment. */
  guard(sender: SendController): SendController;
}

/**
 * Wraps the app state so that edits made through it (the target bar, the token field) update the
 * selected environment, while a body or link opened from elsewhere (which sets the target inside
 * app-state) leaves the environment as saved. `applyOnLoad` is false when a link opened the page,
 * so the link's settings are not overwritten by the last environment.
 */
export function createEnvironmentsState(app: AppState, options: { applyOnLoad: boolean; storage?: EnvironmentStorage }): EnvironmentsState {
  const base = app.target;
  const storage = options.storage ?? createEnvironmentStorage();
  const [stored, setStored] = createSignal<StoredEnvironments>(storage.load());
  const [asking, setAsking] = createSignal<{ environment: Environment; send: () => void }>();
  const write = (next: StoredEnvironments) => {
    setStored(next);
    storage.save(next);
  };
  const selected = () => stored().environments.find((environment) => environment.id === stored().selectedId);
  const updateSelected = (patch: Partial<Omit<Environment, "id">>) => {
    const current = selected();
    if (!current) return;
    write({ ...stored(), environments: stored().environments.map((environment) => (environment.id === current.id ? { ...environment, ...patch } : environment)) });
  };
  const apply = (environment: Environment) => {
    base.set({ ...environment.target });
    base.setRememberToken(environment.rememberToken);
    base.setToken(storage.loadToken(environment.id));
  };
  const add = (environment: Environment) => write({ version: 1, environments: [...stored().environments, environment], selectedId: environment.id });

  const target: TargetStore = {
    ...base,
    set(patch) {
      base.set(patch);
      updateSelected({ target: base.settings() });
    },
    setToken(token) {
      base.setToken(token);
      const current = selected();
      if (current) storage.saveToken(current.id, token, current.rememberToken);
    },
    setRememberToken(remember) {
      base.setRememberToken(remember);
      const current = selected();
      if (!current) return;
      updateSelected({ rememberToken: remember });
      storage.saveToken(current.id, base.token(), remember);
    },
  };

  const state: AppState = { ...app, target };

  const initial = selected();
  if (initial && options.applyOnLoad) apply(initial);

  return {
    state,
    list: () => stored().environments,
    selected,
    select(id) {
      write({ ...stored(), selectedId: id });
      const environment = selected();
      if (environment) apply(environment);
    },
    create() {
      const name = uniqueName(`Environment ${stored().environments.length + 1}`, stored().environments);
      // The first environment takes the token already typed; later ones start without one.
      const keepToken = selected() === undefined;
      const environment: Environment = { id: newHistoryId(), name, target: base.settings(), production: false, rememberToken: keepToken && base.rememberToken() };
      add(environment);
      if (keepToken) storage.saveToken(environment.id, base.token(), environment.rememberToken);
      else apply(environment);
    },
    duplicate() {
      const current = selected();
      if (!current) return;
      const copy: Environment = { ...current, id: newHistoryId(), name: uniqueName(`${current.name} copy`, stored().environments) };
      add(copy);
      storage.saveToken(copy.id, base.token(), copy.rememberToken);
    },
    rename(name) {
      const trimmed = name.trim();
      if (trimmed !== "") updateSelected({ name: trimmed });
    },
    setProduction: (production) => updateSelected({ production }),
    remove() {
      const current = selected();
      if (!current) return;
      storage.forgetToken(current.id);
      const environments = stored().environments.filter((environment) => environment.id !== current.id);
      write({ version: 1, environments, selectedId: environments[0]?.id ?? null });
      const next = selected();
      if (next) apply(next);
    },
    exportText: () => exportEnvironments(stored().environments),
    importText(text) {
      const parsed = parseEnvironmentsFile(text);
      if (!parsed.ok) return { ok: false, message: `Environments not imported: ${parsed.error}` };
      let environments = stored().environments;
      for (const imported of parsed.environments) {
        environments = [...environments, { id: newHistoryId(), name: uniqueName(imported.name, environments), target: imported.target, production: imported.production, rememberToken: false }];
      }
      write({ ...stored(), environments });
      const count = parsed.environments.length;
      return { ok: true, message: `Imported ${count} ${count === 1 ? "environment" : "environments"} (without tokens: enter each one's token once).` };
    },
    askingProduction: () => asking()?.environment,
    answerProduction(send) {
      const question = asking();
      setAsking(undefined);
      if (!question || !send) return;
      storage.confirmProduction(question.environment.id);
      question.send();
    },
    guard(sender) {
      return {
        ...sender,
        send() {
          const environment = selected();
          if (environment?.production && !storage.productionConfirmed(environment.id)) setAsking({ environment, send: () => sender.send() });
          else sender.send();
        },
      };
    },
  };
}
