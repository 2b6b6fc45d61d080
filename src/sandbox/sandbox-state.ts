import { endpoint } from "../endpoint/descriptor";
import { createLeakyBucket, type LeakyBucket } from "./leaky-bucket";

/**
 * What the sandbox remembers between requests. One bucket for everything: the real limit is
 * per app per store, and a sandbox has one of each.
 */
export interface SandboxState {
  readonly bucket: LeakyBucket;
}

export function createSandboxState(): SandboxState {
  return { bucket: createLeakyBucket(endpoint.rateLimit.perSecond, endpoint.rateLimit.bucketSize) };
}
