import { endpoint } from "../endpoint/descriptor";
import { createLeakyBucket, type LeakyBucket } from "./leaky-bucket";

/**
 * What the sandbox remembers between requests. One bucket for everything: the real limit is
 * per app per store, and a sandbox has one of each.
 */
export interface SandboxState {
  readonly bucket: LeakyBucket;
}

/** The documented 4/s and 40 unless told otherwise (`--rate`, `--bucket`). */
export function createSandboxState(rate: { perSecond?: number; bucketSize?: number } = {}): SandboxState {
  return { bucket: createLeakyBucket(rate.perSecond ?? endpoint.rateLimit.perSecond, rate.bucketSize ?? endpoint.rateLimit.bucketSize) };
}
