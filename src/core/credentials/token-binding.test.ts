import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TargetSettings } from "../request/target";
import {
  fieldOrigins,
  originConfirmed,
  readTokenBinding,
  targetArrived,
  targetOrigin,
  tokenEntered,
  tokenUse,
  unboundToken,
} from "./token-binding";

const custom = (baseUrl: string, storeHandle = ""): TargetSettings => ({ kind: "custom", storeHandle, baseUrl });
const store = (storeHandle: string, baseUrl = ""): TargetSettings => ({ kind: "store", storeHandle, baseUrl });
const sandbox: TargetSettings = { kind: "sandbox", storeHandle: "", baseUrl: "" };
const mine = custom("http://127.0.0.1:8788/admin/openapi/v20260301");
const theirs = custom("http://127.0.0.1:8790/admin/openapi/v20260301");

describe("targetOrigin / fieldOrigins", () => {
  it.each([
    [sandbox, null],
    [store("open001"), "https://open001.myshopline.com"],
    [store(""), null],
    [custom("http://127.0.0.1:8788/admin/openapi/v20260301"), "http://127.0.0.1:8788"],
    [custom("http://"), null],
    [custom("https://Example.COM:443/x"), "https://example.com"],
  ])("%j → %s", (target, origin) => {
    expect(targetOrigin(target)).toBe(origin);
  });

  it("names both fields' origins whatever the kind", () => {
    expect(fieldOrigins({ kind: "sandbox", storeHandle: "shop", baseUrl: "http://evil.test/x" })).toEqual(["https://shop.myshopline.com", "http://evil.test"]);
  });
});

describe("the token never follows a link", () => {
  const remembered = tokenEntered(unboundToken, mine);

  it("a link that moves the target to another origin withholds the token until that host is confirmed", () => {
    const opened = targetArrived(remembered, mine, theirs);
    expect(tokenUse(opened, theirs, "secret")).toEqual({ kind: "confirm", origin: "http://127.0.0.1:8790", host: "127.0.0.1:8790" });
    const confirmed = originConfirmed(opened, "http://127.0.0.1:8790");
    expect(tokenUse(confirmed, theirs, "secret")).toEqual({ kind: "send" });
    expect(tokenUse(confirmed, mine, "secret")).toEqual({ kind: "send" });
  });

  it("a link to the token's own origin, or to the target the user already had, sends", () => {
    expect(tokenUse(targetArrived(remembered, mine, mine), mine, "secret")).toEqual({ kind: "send" });
    const typedByHand = tokenEntered(unboundToken, store("open001"));
    expect(tokenUse(targetArrived(typedByHand, mine, mine), mine, "secret")).toEqual({ kind: "send" });
  });

  it("a link's other field stays unconfirmed when the user later picks that kind by hand", () => {
    const link = store("open001", "http://evil.test/admin/openapi/v20260301");
    const opened = targetArrived(remembered, mine, link);
    expect(tokenUse(opened, { ...link, kind: "custom" }, "secret")).toMatchObject({ kind: "confirm", host: "evil.test" });
    expect(tokenUse(opened, link, "secret")).toMatchObject({ kind: "confirm", host: "open001.myshopline.com" });
  });

  it("a second link does not launder the first link's origin as the user's own", () => {
    const first = targetArrived(remembered, mine, theirs);
    const second = targetArrived(first, theirs, store("open001"));
    expect(tokenUse(second, theirs, "secret")).toMatchObject({ kind: "confirm" });
  });

  it("entering the token while the link's target is shown binds it there", () => {
    const opened = targetArrived(remembered, mine, theirs);
    expect(tokenUse(tokenEntered(opened, theirs), theirs, "new")).toEqual({ kind: "send" });
  });

  it("a token entered for the in-page sandbox is bound nowhere: a link's server must be confirmed", () => {
    const opened = targetArrived(tokenEntered(unboundToken, sandbox), sandbox, theirs);
    expect(tokenUse(opened, theirs, "secret")).toMatchObject({ kind: "confirm", host: "127.0.0.1:8790" });
  });

  it("the sandbox and an empty token never ask", () => {
    const opened = targetArrived(remembered, mine, theirs);
    expect(tokenUse(opened, sandbox, "secret")).toEqual({ kind: "send" });
    expect(tokenUse(opened, theirs, "  ")).toEqual({ kind: "send" });
  });

  it("property: after any link, a send to an origin the link brought asks, unless it was the user's", () => {
    const origin = fc.constantFrom("http://127.0.0.1:1", "http://127.0.0.1:2", "https://a.test", "https://b.test");
    const target = fc.tuple(fc.constantFrom("store", "custom"), fc.constantFrom("a", "b", ""), origin).map(
      ([kind, handle, base]): TargetSettings => ({ kind: kind as "store" | "custom", storeHandle: handle, baseUrl: `${base}/admin/openapi/v20260301` }),
    );
    fc.assert(
      fc.property(target, target, target, (entered, before, link) => {
        const binding = targetArrived(tokenEntered(unboundToken, entered), before, link);
        const to = targetOrigin(link);
        if (to === null) return;
        const own = to === targetOrigin(entered) || fieldOrigins(before).includes(to);
        expect(tokenUse(binding, link, "t").kind).toBe(own ? "send" : "confirm");
      }),
    );
  });
});

describe("readTokenBinding", () => {
  it.each([null, 3, "x", [], { origins: "x" }])("reads %j as no binding", (value) => {
    expect(readTokenBinding(value)).toEqual(unboundToken);
  });

  it("keeps only strings", () => {
    expect(readTokenBinding({ origins: ["https://a.test", 3], unconfirmed: ["http://b.test"] })).toEqual({ origins: ["https://a.test"], unconfirmed: ["http://b.test"] });
  });
});
