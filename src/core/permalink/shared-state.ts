import { pickTargetSettings, type TargetSettings } from "../request/target";

/**
 * What a permalink carries: the body text and the non-secret target settings. There is no
 * token field on purpose (share links that carried tokens: hoppscotch #435).
 */
export interface SharedState {
  /** The editor's text, byte for byte. */
  readonly bodyText: string;
  readonly target: TargetSettings;
}

/**
 * Copies exactly the shareable fields. UI code often holds the token beside the target in one
 * settings object; structural typing would let such an object pass as `SharedState`, so the
 * codec never serialises what it is handed, only what this picks.
 */
export function pickSharedState(source: SharedState): SharedState {
  return { bodyText: source.bodyText, target: pickTargetSettings(source.target) };
}
