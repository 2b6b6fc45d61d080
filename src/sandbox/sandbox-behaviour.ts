import { statusMeanings } from "../endpoint/descriptor";

/**
 * Faults the sandbox can be told to produce, so a client can be tried against the parts of
 * SHOPLINE's status table its own rules never lead to (402, 403, 423, 5xx, slow answers). The
 * same settings drive the page's "Sandbox behaviour" control and `npm run sandbox`'s switches.
 */
export interface SandboxBehaviour {
  /** Every request to the endpoint gets this status (`--force-status 503`). */
  readonly forceStatus?: number;
  /** This share of requests (0–1) fails with `failStatus` (`--fail-rate 0.1`). */
  readonly failRate?: number;
  /** The status of a failure drawn by `failRate`; default 503, the one the official SDK retries. */
  readonly failStatus?: number;
  /** Every answer waits this long first (`--delay-ms`). */
  readonly delayMs?: number;
}

export const asDocumented: SandboxBehaviour = {};

/** Statuses that can be forced: SHOPLINE's documented error statuses. */
export const forceableStatuses: readonly number[] = statusMeanings.filter((s) => s.code >= 400).map((s) => s.code);

/** A forced answer's status, or undefined when the request is to be handled as documented. */
export function forcedStatus(behaviour: SandboxBehaviour, random: () => number): number | undefined {
  if (behaviour.forceStatus !== undefined) return behaviour.forceStatus;
  if (behaviour.failRate !== undefined && behaviour.failRate > 0 && random() < behaviour.failRate) return behaviour.failStatus ?? 503;
  return undefined;
}

/** The `errors` text of a forced answer: SHOPLINE's documented meaning of the status. */
export function forcedErrorText(status: number): string {
  return statusMeanings.find((s) => s.code === status)?.meaning ?? `HTTP ${status}`;
}

/** The choices of the page's "Sandbox behaviour" control: a value and what it says. */
interface BehaviourChoice {
  readonly value: string;
  readonly label: string;
  readonly behaviour: SandboxBehaviour;
}

export const behaviourChoices: readonly BehaviourChoice[] = [
  { value: "documented", label: "As documented", behaviour: asDocumented },
  ...forceableStatuses.map((code) => ({ value: `status-${code}`, label: `Always ${code} (${forcedErrorText(code)})`, behaviour: { forceStatus: code } })),
  { value: "fail-10", label: "Fail 10% with 503", behaviour: { failRate: 0.1 } },
  { value: "slow-5s", label: "Slow: answer after 5 s", behaviour: { delayMs: 5000 } },
];

export function behaviourOfChoice(value: string): SandboxBehaviour {
  return behaviourChoices.find((choice) => choice.value === value)?.behaviour ?? asDocumented;
}
