import { Buffer } from "node:buffer";
import { deflateSync, inflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { dictionaryV1Text } from "./dictionary-v1";
import { encodeFrame } from "./framing";
import { decodePermalink, encodePermalink, permalinkMaxUnpackedBytes } from "./permalink";
import type { SharedState } from "./shared-state";

const dictionary = new TextEncoder().encode(dictionaryV1Text);
const example: SharedState = { bodyText: documentedExampleText, target: { kind: "store", storeHandle: "open001", baseUrl: "" } };

/** A v1 link around any frame bytes, valid or not: lets a test reach each decoding step. */
function linkOfFrame(frame: Uint8Array): string {
  return "v1." + Buffer.from(deflateSync(frame, { level: 9, dictionary })).toString("base64url");
}

function frameOfLink(link: string): Uint8Array {
  return inflateSync(Buffer.from(link.slice(3), "base64url"), { dictionary });
}

describe("encodePermalink / decodePermalink", () => {
  it("round-trips the documented example, with or without the #", () => {
    const link = encodePermalink(example);
    expect(link).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(decodePermalink(link)).toEqual({ ok: true, state: example });
    expect(decodePermalink(`#${link}`)).toEqual({ ok: true, state: example });
  });

  it("never carries a token, even when the object it is handed holds one", () => {
    const token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzZWNyZXQifQ.c2lnbmF0dXJl";
    const leaky = { ...example, token, target: { ...example.target, token, accessToken: token } };
    const link = encodePermalink(leaky);
    const frame = Buffer.from(frameOfLink(link)).toString("latin1");
    expect(frame).not.toContain("eyJ");
    expect(link).toBe(encodePermalink(example));
    const decoded = decodePermalink(link);
    expect(decoded.ok && Object.keys(decoded.state).sort()).toEqual(["bodyText", "target"]);
    expect(decoded.ok && Object.keys(decoded.state.target).sort()).toEqual(["baseUrl", "kind", "storeHandle"]);
  });
});

describe("decodePermalink on hostile fragments", () => {
  const good = encodePermalink(example);
  const bomb = new Uint8Array(permalinkMaxUnpackedBytes + 1024);
  bomb.set(encodeFrame({ ...example, bodyText: "" }).subarray(0, -1));

  it.each([
    ["empty", "empty", "", "nothing after its #"],
    ["only #", "empty", "#", "nothing after its #"],
    ["an ordinary anchor", "not-a-permalink", "#top", '("top") is not a Sync Data Playground permalink'],
    ["no version dot", "not-a-permalink", "v1", "not a Sync Data Playground permalink"],
    ["version 0", "not-a-permalink", "v0.abcd", "not a Sync Data Playground permalink"],
    ["a zero-padded version", "not-a-permalink", "v01.abcd", "not a Sync Data Playground permalink"],
    ["a newer version", "newer-version", "v3.abcd", "made by a newer version of the app (permalink format v3)"],
    ["a 10-digit version", "newer-version", "v1234567890.abcd", "(permalink format v1234567890)"],
    ["a 40-digit version, shortened in the message", "newer-version", `v${"9".repeat(40)}.abcd`, "(permalink format v999999999999…)"],
    ["percent-encoding that is not UTF-8", "not-a-permalink", "%E0%A4%A", "not a Sync Data Playground permalink"],
    ["a + from base64", "not-base64url", "v1.ab+c", '"+" at position 3'],
    ["padding", "not-base64url", `${good}==`, '"=" at position'],
    ["a trailing ) pasted in", "not-base64url", `${good})`, '")"'],
    ["cut to an impossible length", "truncated", good.slice(0, 3 + 4 * 5 + 1), "last character is incomplete"],
    ["cut in the middle", "truncated", good.slice(0, 3 + 8), "ends before the compressed stream"],
    ["only the version", "truncated", "v1.", "cut short"],
    ["not deflate", "corrupt", "v1.____", "cannot be decompressed"],
    ["a zip bomb", "too-large", linkOfFrame(bomb), "more than 10 MB"],
    ["an unknown target kind", "bad-framing", linkOfFrame(new Uint8Array([9, 0, 0, 2, 0x7b, 0x7d])), "unknown target kind code 9"],
    ["bytes after the body", "bad-framing", linkOfFrame(new Uint8Array([0, 0, 0, 2, 0x7b, 0x7d, 0])), "unexpected bytes"],
    ["a body shorter than stated", "truncated", linkOfFrame(new Uint8Array([0, 0, 0, 9, 0x7b, 0x7d])), "body is shorter"],
    ["a body that is not UTF-8", "not-utf8", linkOfFrame(new Uint8Array([0, 0, 0, 2, 0xc3, 0x28])), "body is not valid UTF-8"],
    ["a body that is not JSON", "not-json", encodePermalink({ ...example, bodyText: '{\n  "a": oops\n}' }), "line 2, column 8"],
    ["an empty body", "not-json", encodePermalink({ ...example, bodyText: "" }), "not valid JSON"],
  ])("%s → %s", (_name, problem, fragment, words) => {
    const result = decodePermalink(fragment);
    expect(result).toMatchObject({ ok: false, problem });
    expect(!result.ok && result.message).toContain(words);
  });

  it.each([
    ["wrapped in %20", (link: string) => `%20${link}%20`],
    ["wrapped in encoded newlines and tabs", (link: string) => `%0A%09${link}%0D%0A`],
    ["wrapped in spaces", (link: string) => `  ${link} `],
  ])("opens a link %s", (_name, wrap) => {
    expect(decodePermalink(`#${wrap(good)}`)).toEqual({ ok: true, state: example });
  });

  it("hands back what a non-JSON link holds, so the UI may offer to open it anyway", () => {
    const state = { ...example, bodyText: "not json" };
    expect(decodePermalink(encodePermalink(state))).toMatchObject({ ok: false, problem: "not-json", state });
  });

  it("fails on every proper prefix of a link, without throwing", () => {
    for (let cut = 0; cut < good.length; cut++) {
      expect(decodePermalink(good.slice(0, cut)).ok, `cut at ${cut}`).toBe(false);
    }
  });
});
