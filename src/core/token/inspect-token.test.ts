import { describe, expect, it } from "vitest";
import { inspectToken, storeHandleOf } from "./inspect-token";

/** The sample token printed on the endpoint's reference page (expired 2026-02-01, `exp` 1769927492). */
const pageToken =
  "eyJhbGciOiJIUzUxMiJ9.eyJhcHBLZXkiOiJmMjM3OWQyMTYyOGMzM2QxMWRiMWZkYjY5N2EzZjdjMjZlNGMwYTA5Iiwic2VsbGVySWQiOiIyMDAwMjM0ODgwIiwic3RvcmVJZCI6IjE2NzIzNjk3Mjk2MDYiLCJ2ZXJzaW9uIjoiVjIiLCJkb21haW4iOiJodHRwczovL3NsLW9wZW4tc2cubXlzaG9wbGluZS5jb20iLCJ0aW1lc3RhbXAiOjE2NzUzMTk0OTI0MzksImlzcyI6Inlzb3VsIiwiZXhwIjoxNzY5OTI3NDkyfQ.UwQzomM2veGCUaOZ0paUxq5dpc7DXuhHYFvsQ_uIAKduzWcb_j2E4q_36El83sp145D4cKbpcE5KCeeIz-JNQw";

const expMs = 1769927492 * 1000;
const day = 86_400_000;

const b64 = (text: string): string => Buffer.from(text, "utf8").toString("base64url");
const jwt = (payload: string, header = '{"alg":"HS512"}'): string => `${b64(header)}.${b64(payload)}.sig`;

describe("inspectToken on the endpoint page's sample token", () => {
  const expected = {
    kind: "jwt",
    domain: "https://sl-open-sg.myshopline.com",
    storeHandle: "sl-open-sg",
    expiresAt: expMs,
    issuedAt: 1675319492439,
    appKey: "f2379d21628c33d11db1fdb697a3f7c26e4c0a09",
    storeId: "1672369729606",
  };

  it("reads the store, the keys and that it expired 3 days before a given now", () => {
    expect(inspectToken(pageToken, expMs + 3 * day + 1000)).toEqual({ ...expected, expired: true, expiryText: "expired 3 days ago" });
  });

  it("before its expiry, says how long is left", () => {
    expect(inspectToken(pageToken, expMs - 2 * 3_600_000 - 1)).toEqual({ ...expected, expired: false, expiryText: "expires in 2 hours" });
  });

  it.each([`Bearer ${pageToken}`, `bearer   ${pageToken}`, `  ${pageToken}\n`])("accepts the pasted form %j", (pasted) => {
    expect(inspectToken(pasted, expMs + day)).toMatchObject({ kind: "jwt", storeHandle: "sl-open-sg", expired: true });
  });
});

describe("inspectToken kinds", () => {
  const now = Date.UTC(2026, 5, 1);
  it.each([
    ["", { kind: "empty" }],
    ["   ", { kind: "empty" }],
    ["Bearer", { kind: "empty" }],
    ["Bearer   ", { kind: "empty" }],
    ["sandbox-demo-token", { kind: "opaque" }],
    ["shpat_0123456789abcdef", { kind: "opaque" }],
    ["a.b", { kind: "opaque" }],
  ])("%j → %j", (token, expected) => {
    expect(inspectToken(token, now)).toEqual(expected);
  });

  it.each([
    ["a token with inner spaces", "eyJhbGci OiJIUzUxMiJ9.e30.x", /spaces/],
    ["two parts starting like a JWT", "eyJhbGciOiJIUzUxMiJ9.eyJleHAiOjF9", /3 parts.*has 2/],
    ["four parts", "eyJhbGciOiJIUzUxMiJ9.e30.x.y", /3 parts.*has 4/],
    ["an empty payload", "eyJhbGciOiJIUzUxMiJ9..sig", /payload part is empty/],
    ["a header outside base64url", "eyJ!.e30.x", /header part has a character outside base64url at position 4/],
    ["an impossible length", `${b64('{"alg":"none"}')}.e30xx.x`, /payload part has an impossible base64url length/],
    ["a payload that is not JSON", jwt("not json"), /payload part is not JSON/],
    ["a payload that is a list", jwt("[1]"), /payload part is JSON but not an object/],
    ["a header that is not JSON", `${b64("{alg")}.e30.x`, /header part is not JSON/],
    ["bytes that are not UTF-8", `${b64('{"a":1}')}.${Buffer.from([0x7b, 0xff, 0x7d]).toString("base64url")}.x`, /not decode to UTF-8/],
    ["exp as text", jwt('{"exp":"1769927492"}'), /exp is not a number/],
  ])("%s is malformed", (_, token, reason) => {
    const result = inspectToken(token, now);
    expect(result.kind).toBe("malformed");
    expect(result.kind === "malformed" ? result.reason : "").toMatch(reason);
  });
});

describe("inspectToken claims", () => {
  const now = Date.UTC(2026, 5, 1);
  it.each([
    ["no claims at all", "{}", { kind: "jwt", expired: false, expiryText: "no expiry stated" }],
    ["iat in seconds", '{"iat":1700000000}', { kind: "jwt", issuedAt: 1700000000000, expired: false, expiryText: "no expiry stated" }],
    [
      "a numeric storeId beyond 2^53 keeps its digits",
      '{"storeId":9007199254740993,"appKey":"k"}',
      { kind: "jwt", storeId: "9007199254740993", appKey: "k", expired: false, expiryText: "no expiry stated" },
    ],
    [
      "a domain outside myshopline.com gives no handle",
      '{"domain":"https://example.com"}',
      { kind: "jwt", domain: "https://example.com", expired: false, expiryText: "no expiry stated" },
    ],
    [
      "a bare host domain",
      '{"domain":"open001.myshopline.com","exp":1790000000}',
      { kind: "jwt", domain: "open001.myshopline.com", storeHandle: "open001", expiresAt: 1790000000000, expired: false, expiryText: "expires in 3 months" },
    ],
    ["Unicode in claims", '{"appKey":"店铺✓"}', { kind: "jwt", appKey: "店铺✓", expired: false, expiryText: "no expiry stated" }],
  ])("%s", (_, payload, expected) => {
    expect(inspectToken(jwt(payload), now)).toEqual(expected);
  });

  it("accepts base64 padding some encoders add", () => {
    const padded = `${Buffer.from('{"alg":"none"}').toString("base64")}.${Buffer.from('{"exp":10}').toString("base64")}.x`;
    expect(padded).toContain("=");
    expect(inspectToken(padded, now)).toMatchObject({ kind: "jwt", expired: true, expiresAt: 10_000 });
  });
});

describe("storeHandleOf", () => {
  it.each([
    ["https://sl-open-sg.myshopline.com", "sl-open-sg"],
    ["https://OPEN001.myshopline.com/", "open001"],
    ["open001.myshopline.com", "open001"],
    ["https://a.b.myshopline.com", undefined],
    ["https://myshopline.com", undefined],
    ["https://evil.com/.myshopline.com", undefined],
    ["https://open001.myshopline.com.evil.com", undefined],
    ["::::", undefined],
  ])("%s → %s", (domain, handle) => {
    expect(storeHandleOf(domain)).toBe(handle);
  });
});
