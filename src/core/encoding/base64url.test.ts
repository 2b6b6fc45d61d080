import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeBase64Url, encodeBase64Url } from "./base64url";

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe("encodeBase64Url", () => {
  // RFC 4648 §10 vectors, without padding.
  it.each([
    ["", ""],
    ["f", "Zg"],
    ["fo", "Zm8"],
    ["foo", "Zm9v"],
    ["foob", "Zm9vYg"],
    ["fooba", "Zm9vYmE"],
    ["foobar", "Zm9vYmFy"],
  ])("%j → %j", (input, expected) => {
    expect(encodeBase64Url(bytesOf(input))).toBe(expected);
  });

  it("uses - and _ instead of + and /", () => {
    expect(encodeBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe("-_-_");
  });

  it("agrees with Node's base64url for any bytes, and decodes back", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString("base64url"));
        const back = decodeBase64Url(text);
        expect(back.ok && [...back.bytes]).toEqual([...bytes]);
      }),
    );
  });
});

describe("decodeBase64Url", () => {
  it.each([
    ["padding", "Zg==", 2],
    ["standard alphabet +", "ab+c", 2],
    ["standard alphabet /", "ab/c", 2],
    ["space", "Zm9 v", 3],
    ["percent-encoding", "Zm%39", 2],
    ["non-ASCII", "Zmé9", 2],
  ])("rejects %s at its position", (_name, text, position) => {
    expect(decodeBase64Url(text)).toEqual({ ok: false, position });
  });

  it("rejects an impossible length (one character left over)", () => {
    expect(decodeBase64Url("Zm9vY")).toEqual({ ok: false, position: -1 });
  });
});
