import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeJwtPart } from "./decode-jwt-part";

const b64 = (text: string): string => Buffer.from(text, "utf8").toString("base64url");

describe("decodeJwtPart", () => {
  it("decodes a JSON object and keeps its text", () => {
    const result = decodeJwtPart(b64('{"alg":"HS512"}'), "header");
    expect(result.ok && result.text).toBe('{"alg":"HS512"}');
    expect(result.ok && result.root.type).toBe("object");
  });

  it.each([
    ["", /header part is empty/],
    ["ab+c", /outside base64url at position 3/],
    ["abcde", /impossible base64url length/],
    [b64("true"), /JSON but not an object/],
    [b64("{"), /not JSON/],
  ])("%j is refused", (segment, reason) => {
    const result = decodeJwtPart(segment, "header");
    expect(result.ok ? "" : result.reason).toMatch(reason);
  });

  it("round-trips any JSON object, Unicode included", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" })), (object) => {
        const text = JSON.stringify(object);
        const result = decodeJwtPart(b64(text), "payload");
        expect(result.ok && result.text).toBe(text);
      }),
    );
  });
});
