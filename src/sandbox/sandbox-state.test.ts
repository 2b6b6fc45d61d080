import { describe, expect, it } from "vitest";
import { endpoint } from "../endpoint/descriptor";
import { reserveSlot } from "./leaky-bucket";
import { createSandboxState } from "./sandbox-state";

describe("sandbox state", () => {
  it("starts with the documented bucket: its rate and size", () => {
    const { bucket } = createSandboxState();
    expect(bucket.perSecond).toBe(endpoint.rateLimit.perSecond);
    expect(bucket.size).toBe(endpoint.rateLimit.bucketSize);
    expect(bucket.slots).toEqual([]);
  });

  it("takes another rate or size (npm run sandbox --rate/--bucket), each on its own", () => {
    expect(createSandboxState({ perSecond: 1 }).bucket).toMatchObject({ perSecond: 1, size: endpoint.rateLimit.bucketSize });
    expect(createSandboxState({ bucketSize: 2 }).bucket).toMatchObject({ perSecond: endpoint.rateLimit.perSecond, size: 2 });
  });

  it("each state has its own bucket: one sandbox's requests do not fill another's", () => {
    const first = createSandboxState({ bucketSize: 1 });
    const second = createSandboxState({ bucketSize: 1 });
    expect(reserveSlot(first.bucket, 0)).toBe(0);
    expect(reserveSlot(first.bucket, 0)).toBeUndefined();
    expect(reserveSlot(second.bucket, 0)).toBe(0);
  });
});
