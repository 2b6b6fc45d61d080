import { requestUrl, type TargetSettings } from "../request/target";
import { isRecord } from "../stored-state/read-fields";

/**
 * A token belongs to the origins it was entered for. Targets the user chooses or types by hand
 * are theirs; a target that arrives from outside — a permalink, a curl import, a restored
 * history entry — may point anywhere, so its origins stay unconfirmed, and the token is not
 * sent there until the user confirms the host in plain words. The in-page sandbox has no
 * origin: nothing sent to it leaves the page.
 */
export interface TokenBinding {
  /** Origins the token was entered for or confirmed for, newest first. */
  readonly origins: readonly string[];
  /** Origins that arrived from outside and were not confirmed; the token is withheld from them. */
  readonly unconfirmed: readonly string[];
}

export const unboundToken: TokenBinding = { origins: [], unconfirmed: [] };

/** Enough for a few stores and servers; older confirmations are asked again, never guessed. */
const maxOrigins = 20;

/** What a send may do with the token. */
export type TokenUse =
  | { readonly kind: "send" }
  | { readonly kind: "confirm"; readonly origin: string; readonly host: string };

/** The network origin a target sends to; `null` for the in-page sandbox or a target not yet valid. */
export function targetOrigin(target: TargetSettings): string | null {
  if (target.kind === "sandbox") return null;
  return originOfTarget(target);
}

function originOfTarget(target: TargetSettings): string | null {
  const url = requestUrl(target);
  if (!url.ok) return null;
  try {
    return new URL(url.url).origin;
  } catch {
    return null;
  }
}

/**
 * Every origin a target's fields could send to: the store handle's and the base URL's, whatever
 * the kind. A link sets both fields, and choosing the other kind by hand must not turn the
 * link's other field into a trusted place.
 */
export function fieldOrigins(target: TargetSettings): string[] {
  const origins = [originOfTarget({ ...target, kind: "store" }), originOfTarget({ ...target, kind: "custom" })];
  return [...new Set(origins.filter((o): o is string => o !== null))];
}

/** The user typed or pasted the token: it belongs to the target shown beside it. */
export function tokenEntered(binding: TokenBinding, target: TargetSettings): TokenBinding {
  const origin = targetOrigin(target);
  if (origin === null) return { origins: [], unconfirmed: binding.unconfirmed };
  return { origins: [origin], unconfirmed: without(binding.unconfirmed, origin) };
}

/**
 * A target arrived from outside (link, import, history). Its origins that are neither the
 * token's nor already in the fields the user had become unconfirmed.
 */
export function targetArrived(binding: TokenBinding, before: TargetSettings, after: TargetSettings): TokenBinding {
  const own = new Set([...binding.origins, ...fieldOrigins(before).filter((o) => !binding.unconfirmed.includes(o))]);
  const arriving = fieldOrigins(after).filter((o) => !own.has(o) && !binding.unconfirmed.includes(o));
  if (arriving.length === 0) return binding;
  return { origins: binding.origins, unconfirmed: [...arriving, ...binding.unconfirmed].slice(0, maxOrigins) };
}

/** The user confirmed that the token may go to `origin`. */
export function originConfirmed(binding: TokenBinding, origin: string): TokenBinding {
  return {
    origins: [origin, ...without(binding.origins, origin)].slice(0, maxOrigins),
    unconfirmed: without(binding.unconfirmed, origin),
  };
}

/**
 * Whether the token may go with a send to `target` as it stands.
 * @example tokenUse(binding, { kind: "custom", baseUrl: "http://127.0.0.1:9/admin/openapi/v20260301", storeHandle: "" }, "abc")
 * // → { kind: "confirm", origin: "http://127.0.0.1:9", host: "127.0.0.1:9" } when a link brought that origin
 */
export function tokenUse(binding: TokenBinding, target: TargetSettings, token: string): TokenUse {
  if (token.trim() === "") return { kind: "send" };
  const origin = targetOrigin(target);
  if (origin === null || !binding.unconfirmed.includes(origin)) return { kind: "send" };
  return { kind: "confirm", origin, host: new URL(origin).host };
}

/** Reads a stored binding field by field; anything unreadable is no binding (so links ask). */
export function readTokenBinding(value: unknown): TokenBinding {
  if (!isRecord(value)) return unboundToken;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string").slice(0, maxOrigins) : []);
  return { origins: strings(value["origins"]), unconfirmed: strings(value["unconfirmed"]) };
}

function without(list: readonly string[], item: string): string[] {
  return list.filter((o) => o !== item);
}
