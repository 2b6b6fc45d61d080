import { describe, expect, it } from "vitest";
import { sandboxDemoToken } from "../core/request/build-request";
import { authorizationProblem, invalidTokenMessage } from "./check-authorization";

const b64 = (text: string): string => Buffer.from(text).toString("base64url");
const jwtExpiring = (expSeconds: number): string => `${b64('{"alg":"HS512"}')}.${b64(`{"exp":${expSeconds}}`)}.sig`;
const now = Date.UTC(2026, 1, 4, 6, 31, 32);

describe("authorizationProblem", () => {
  it.each([
    [`Bearer ${sandboxDemoToken}`],
    ["Bearer x"],
    ["bearer x"],
    ["BEARER  x.y.z"],
    [`Bearer ${jwtExpiring(now / 1000 + 60)}`],
    [`Bearer ${b64('{"alg":"HS512"}')}.${b64("{}")}.sig`],
  ])("%j passes", (value) => {
    expect(authorizationProblem(value, now)).toBeUndefined();
  });

  it.each([[null], [""], ["Bearer"], ["Bearer    "], ["Basic dXNlcjpwYXNz"], ["x"], ["Bearerx"]])("%j is an invalid token", (value) => {
    expect(authorizationProblem(value, now)).toBe(invalidTokenMessage);
  });

  it("refuses an expired JWT, saying when it expired", () => {
    expect(authorizationProblem(`Bearer ${jwtExpiring(1769927492)}`, now)).toBe(
      "The access token expired at 2026-02-01T06:31:32.000Z (expired 3 days ago). Refresh the token or reauthorize the app.",
    );
  });

  it("a JWT expiring exactly now is expired", () => {
    expect(authorizationProblem(`Bearer ${jwtExpiring(now / 1000)}`, now)).toMatch(/token expired at/);
  });

  it("never uses Shopify's wording, which SHOPLINE does not document", () => {
    expect(invalidTokenMessage).not.toMatch(/\[API\]|Invalid API key|unrecognized login|wrong password/);
  });
});
