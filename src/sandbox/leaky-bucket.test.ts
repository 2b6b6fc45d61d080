import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLeakyBucket, reserveSlot, type LeakyBucket } from "./leaky-bucket";

/** Whether a request at `nowMs` fits in the bucket (it is then queued). */
const admit = (bucket: LeakyBucket, nowMs: number): boolean => reserveSlot(bucket, nowMs) !== undefined;

describe("leaky bucket, 4/s, size 40", () => {
  it("queues 40 requests that arrive at once at 4/s in arrival order and refuses the 41st", () => {
    const bucket = createLeakyBucket(4, 40);
    const slots = Array.from({ length: 41 }, () => reserveSlot(bucket, 1000));
    expect(slots.slice(0, 40)).toEqual(Array.from({ length: 40 }, (_, i) => 1000 + i * 250));
    expect(slots[40]).toBeUndefined();
    expect(reserveSlot(bucket, 1250)).toBe(11_000);
  });

  it("other rates and sizes", () => {
    const bucket = createLeakyBucket(2, 3);
    expect([0, 0, 0, 0].map(() => reserveSlot(bucket, 0))).toEqual([0, 500, 1000, undefined]);
  });

  it("lets a burst of 40 through, refuses the 41st, and one more after 250 ms", () => {
    const bucket = createLeakyBucket(4, 40);
    const burst = Array.from({ length: 41 }, () => admit(bucket, 1000));
    expect(burst.slice(0, 40).every(Boolean)).toBe(true);
    expect(burst[40]).toBe(false);
    expect(admit(bucket, 1249)).toBe(false);
    expect(admit(bucket, 1250)).toBe(true);
    expect(admit(bucket, 1250)).toBe(false);
  });

  it("is empty again after 10 s", () => {
    const bucket = createLeakyBucket(4, 40);
    for (let i = 0; i < 40; i++) admit(bucket, 0);
    expect(Array.from({ length: 40 }, () => admit(bucket, 10_000)).every(Boolean)).toBe(true);
    expect(admit(bucket, 10_000)).toBe(false);
  });

  it("a refused request adds nothing", () => {
    const bucket = createLeakyBucket(4, 40);
    for (let i = 0; i < 40; i++) admit(bucket, 0);
    for (let i = 0; i < 100; i++) expect(admit(bucket, 0)).toBe(false);
    expect(admit(bucket, 250)).toBe(true);
  });

  it("a clock that steps back drains nothing and fills nothing", () => {
    const bucket = createLeakyBucket(4, 40);
    for (let i = 0; i < 40; i++) admit(bucket, 5000);
    expect(admit(bucket, 0)).toBe(false);
    expect(admit(bucket, 5250)).toBe(true);
  });

  it("steady 4/s passes forever, even with fractional steps", () => {
    const bucket = createLeakyBucket(4, 40);
    for (let i = 0; i < 40; i++) admit(bucket, 0);
    for (let t = 1; t <= 4000; t++) expect(admit(bucket, t * 250)).toBe(true);
    const thirds = createLeakyBucket(3, 1);
    for (let t = 0; t <= 3000; t++) expect(admit(thirds, (t * 1000) / 3)).toBe(true);
  });

  it("never admits more than size + rate × elapsed time", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 300 }), (gaps) => {
        const bucket = createLeakyBucket(4, 40);
        let now = 0;
        let admitted = 0;
        for (const gap of gaps) {
          now += gap;
          if (admit(bucket, now)) admitted++;
          expect(admitted).toBeLessThanOrEqual(40 + Math.floor((now * 4) / 1000));
        }
      }),
    );
  });
});
