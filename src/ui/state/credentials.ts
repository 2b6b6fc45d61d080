import { createMemo, createSignal, type Accessor } from "solid-js";
import {
  originConfirmed,
  targetArrived,
  tokenEntered,
  tokenUse,
  type TokenBinding,
  type TokenUse,
} from "../../core/credentials/token-binding";
import { normalizeTokenInput } from "../../core/credentials/token-input";
import type { TargetSettings } from "../../core/request/target";
import type { PlaygroundStorage } from "../../services/storage";

/**
 * The access token and where it may go. It is bound to the origin it was entered for; a target
 * that arrives from a link, an import or history does not take it along until the user confirms
 * the host (see core/credentials/token-binding.ts).
 */
export interface Credentials {
  readonly token: Accessor<string>;
  /** The user typed or pasted a token: a pasted scheme is taken off, and it belongs to the target shown. */
  enterToken(text: string): void;
  readonly rememberToken: Accessor<boolean>;
  setRememberToken(remember: boolean): void;
  /** The scheme the last entry took off (`"Bearer"`), so the field can say so; null when none. */
  readonly strippedScheme: Accessor<string | null>;
  /** Whether the token may go with a send to the current target, or waits for a confirmation. */
  readonly use: Accessor<TokenUse>;
  /** The token as the request carries it now: empty while the target's origin is unconfirmed. */
  readonly tokenForRequest: Accessor<string>;
  /** A target arrived from outside (link, import, history draft): its new origins wait for confirmation. */
  targetArrived(before: TargetSettings, after: TargetSettings): void;
  /** The user confirmed, naming the host, that the token may go to `origin`. */
  confirmOrigin(origin: string): void;
}

export function createCredentials(storage: PlaygroundStorage, target: Accessor<TargetSettings>): Credentials {
  const stored = storage.loadToken();
  const [token, setToken] = createSignal(stored.token);
  const [remember, setRemember] = createSignal(stored.remember);
  const [strippedScheme, setStripped] = createSignal<string | null>(null);
  const [binding, setBindingSignal] = createSignal<TokenBinding>(storage.loadTokenBinding());
  const setBinding = (next: TokenBinding) => {
    setBindingSignal(next);
    storage.saveTokenBinding(next);
  };
  const use = createMemo(() => tokenUse(binding(), target(), token()));
  return {
    token,
    enterToken(text) {
      const input = normalizeTokenInput(text);
      setStripped(input.stripped);
      setToken(input.token);
      storage.saveToken(input.token, remember());
      setBinding(tokenEntered(binding(), target()));
    },
    rememberToken: remember,
    setRememberToken(value) {
      setRemember(value);
      storage.saveToken(token(), value);
    },
    strippedScheme,
    use,
    tokenForRequest: () => (use().kind === "confirm" ? "" : token()),
    targetArrived(before, after) {
      setBinding(targetArrived(binding(), before, after));
    },
    confirmOrigin(origin) {
      setBinding(originConfirmed(binding(), origin));
    },
  };
}
