import { createMemo, createSignal, type Accessor } from "solid-js";
import { type TargetSettings } from "../../core/request/target";
import { readSandboxServerOrigin } from "../../core/request/sandbox-server";
import { asDocumented, type SandboxBehaviour } from "../../sandbox/sandbox-behaviour";
import type { PlaygroundStorage } from "../../services/storage";
import { createCredentials, type Credentials } from "./credentials";

/** Where a send goes and with which token: the target bar's settings and the credentials bound to them. */
export interface TargetStore {
  readonly settings: Accessor<TargetSettings>;
  /** The user changed the target (the token stays bound to the hosts it was entered or confirmed for). */
  set(patch: Partial<TargetSettings>): void;
  /** A target from outside the user's hands (a link, a curl import): its new origin must be confirmed. */
  setFromOutside(patch: Partial<TargetSettings>): void;
  /** Replaces the whole target with an opened one; unless `trusted` (the user's own history), its new origins wait for confirmation. */
  open(target: TargetSettings, trusted: boolean): void;
  /** Faults the in-page sandbox produces (the "Sandbox behaviour" control); this tab only. */
  readonly sandboxBehaviour: Accessor<SandboxBehaviour>;
  setSandboxBehaviour(behaviour: SandboxBehaviour): void;
  readonly token: Accessor<string>;
  /** The user typed or pasted a token (a pasted `Bearer ` is taken off; it belongs to the target shown). */
  setToken(token: string): void;
  /** The token's binding to origins: what a send may do with it, and the confirmation of a new host. */
  readonly credentials: Credentials;
  readonly rememberToken: Accessor<boolean>;
  setRememberToken(remember: boolean): void;
  /** Whether the token is shown in clear (its field and the snippets); masked by default. */
  readonly tokenRevealed: Accessor<boolean>;
  setTokenRevealed(revealed: boolean): void;
  /** Where the sandbox server runs, as typed (empty: the default); the Sandbox target's URL and copied commands use it. */
  readonly sandboxServerUrl: Accessor<string>;
  setSandboxServerUrl(url: string): void;
  /** The sandbox server's origin when `sandboxServerUrl` reads as one (else the default applies). */
  readonly sandboxOrigin: Accessor<string | undefined>;
}

/** `changed` hears every new target (the drafts keeper saves it with the body). */
export function createTargetStore(storage: PlaygroundStorage, initial: TargetSettings, changed: (target: TargetSettings) => void): TargetStore {
  const [settings, setSettings] = createSignal<TargetSettings>(initial);
  const credentials = createCredentials(storage, settings);
  const [sandboxServerUrl, setSandboxServerUrl] = createSignal(storage.loadSandboxServerUrl());
  const [tokenRevealed, setTokenRevealed] = createSignal(false);
  const [sandboxBehaviour, setSandboxBehaviour] = createSignal<SandboxBehaviour>(asDocumented);

  const set = (patch: Partial<TargetSettings>): void => {
    setSettings((current) => ({ ...current, ...patch }));
    changed(settings());
  };
  return {
    settings,
    set,
    setFromOutside(patch) {
      const before = settings();
      credentials.targetArrived(before, { ...before, ...patch });
      set(patch);
    },
    open(target, trusted) {
      if (!trusted) credentials.targetArrived(settings(), target);
      setSettings(target);
      changed(target);
    },
    sandboxBehaviour,
    setSandboxBehaviour: (behaviour) => setSandboxBehaviour(() => behaviour),
    token: credentials.token,
    setToken: (value) => credentials.enterToken(value),
    credentials,
    rememberToken: credentials.rememberToken,
    setRememberToken: (remember) => credentials.setRememberToken(remember),
    tokenRevealed,
    setTokenRevealed,
    sandboxServerUrl,
    setSandboxServerUrl(url) {
      setSandboxServerUrl(url);
      storage.saveSandboxServerUrl(url.trim());
    },
    sandboxOrigin: createMemo(() => {
      const read = readSandboxServerOrigin(sandboxServerUrl());
      return read.ok ? read.origin : undefined;
    }),
  };
}
