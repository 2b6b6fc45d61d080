/**
 * Test helper: whether a round trip runs. A runtime that is missing skips its round trip with a
 * reason, except under CI (`CI=true`, as .ci/run and most CI services set it), where .ci/run
 * installs the runtimes and a missing one must fail the suite rather than skip proof silently.
 */
import { expect, it } from "vitest";

export const underCi = process.env.CI === "true";

export interface Runtime {
  /** The program's path, when it is installed and usable. */
  readonly path: string | undefined;
  /** Whether the round trip's describe block runs. */
  readonly runs: boolean;
  /** Appended to the describe title: why it is skipped, or nothing. */
  readonly titleNote: string;
}

/** `requiredInCi: false` for runtimes .ci/run does not install (then missing means skipped, in CI too). */
export function runtime(path: string | undefined, missing: string, requiredInCi = true): Runtime {
  const runs = path !== undefined || (underCi && requiredInCi);
  return { path, runs, titleNote: runs ? "" : ` (skipped: ${missing})` };
}

/** The first test of a round trip: under CI, a missing runtime fails here, saying what to install. */
export function itHasTheRuntime(found: Runtime, install: string): void {
  it(`has the runtime (required under CI=true: ${install})`, () => {
    expect(found.path, `missing runtime: ${install}`).toBeDefined();
  });
}
