import { describe, expect, it } from "vitest";
import { pickSharedState, type SharedState } from "./shared-state";

describe("pickSharedState", () => {
  it("drops a token carried beside the target or the body", () => {
    const settings = { kind: "store", storeHandle: "open001", baseUrl: "", token: "shpat_secret" } as const;
    const withToken = { bodyText: "{}", target: settings, token: "shpat_secret", accessToken: "x" };
    const picked = pickSharedState(withToken satisfies SharedState);
    expect(picked).toEqual({ bodyText: "{}", target: { kind: "store", storeHandle: "open001", baseUrl: "" } });
    expect(JSON.stringify(picked)).not.toContain("secret");
  });
});
