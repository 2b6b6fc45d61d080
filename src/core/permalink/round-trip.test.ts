import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodePermalink, encodePermalink } from "./permalink";
import type { SharedState } from "./shared-state";
import { encodeUtf8 } from "../encoding/utf8";

const target = fc.record({
  kind: fc.constantFrom("sandbox" as const, "store" as const, "custom" as const),
  storeHandle: fc.string({ unit: "binary", maxLength: 80 }),
  baseUrl: fc.oneof(fc.webUrl(), fc.string({ unit: "binary", maxLength: 300 })),
});

/** Whatever the body, the decoded state is the encoded one: for JSON `ok`, otherwise carried by `not-json`. */
function decodedState(link: string): SharedState | undefined {
  const result = decodePermalink(link);
  return result.ok ? result.state : result.problem === "not-json" ? result.state : undefined;
}

function expectSameBytes(actual: SharedState | undefined, expected: SharedState): void {
  expect(actual?.target).toEqual(expected.target);
  // Compared as bytes with Buffer: vitest's deep equality walks typed arrays element by element.
  const same = Buffer.from(encodeUtf8(actual?.bodyText ?? "")).equals(Buffer.from(encodeUtf8(expected.bodyText)));
  expect(same && actual?.bodyText === expected.bodyText).toBe(true);
}

describe("permalink round trip", () => {
  it("returns any full-unicode body and any target unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 3000 }), target, (bodyText, t) => {
        const state = { bodyText, target: t };
        expectSameBytes(decodedState(encodePermalink(state)), state);
      }),
      { numRuns: 300 },
    );
  });

  it("opens any JSON body as ok, whitespace and number spelling untouched", () => {
    const body = fc.tuple(fc.json(), fc.constantFrom("", " ", "\n", "\r\n\t")).map(([json, pad]) => pad + json + pad);
    fc.assert(
      fc.property(body, target, (bodyText, t) => {
        const result = decodePermalink(encodePermalink({ bodyText, target: t }));
        expect(result).toEqual({ ok: true, state: { bodyText, target: t } });
      }),
      { numRuns: 200 },
    );
  });

  it("returns large bodies unchanged, repetitive or random", () => {
    // Built from small generated parts: fast-check drawing 10^5 code points one by one is slow.
    const repetitive = fc
      .tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 40 }), fc.integer({ min: 5_000, max: 20_000 }))
      .map(([part, times]) => part.repeat(times));
    const random = fc.integer().map((seed) => randomCodePoints(seed, 150_000));
    fc.assert(
      fc.property(fc.oneof(repetitive, random), target, (bodyText, t) => {
        const state = { bodyText, target: t };
        expectSameBytes(decodedState(encodePermalink(state)), state);
      }),
      { numRuns: 4 },
    );
  });

  it("keeps 64-bit integers and odd spacing exactly as typed", () => {
    const bodyText = '{ "old_buyer_sum" : 9223372036854775807 ,"n":1.0e+2,"s":"\\u00e9"}\r\n';
    const state: SharedState = { bodyText, target: { kind: "sandbox", storeHandle: "", baseUrl: "" } };
    expect(decodePermalink(encodePermalink(state))).toEqual({ ok: true, state });
  });

  it("keeps a leading byte order mark (strict JSON refuses it, so it comes back as not-json)", () => {
    const state: SharedState = { bodyText: "\ufeff{}", target: { kind: "sandbox", storeHandle: "", baseUrl: "" } };
    expect(decodedState(encodePermalink(state))).toEqual(state);
  });
});

/** `count` code points from the whole Unicode range except surrogates, from a seeded xorshift. */
function randomCodePoints(seed: number, count: number): string {
  let x = seed | 1;
  const points: number[] = [];
  for (let i = 0; i < count; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const point = (x >>> 0) % 0x10f800; // 0x110000 minus the 0x800 surrogates
    points.push(point < 0xd800 ? point : point + 0x800);
  }
  let text = "";
  for (let i = 0; i < points.length; i += 4096) text += String.fromCodePoint(...points.slice(i, i + 4096));
  return text;
}
