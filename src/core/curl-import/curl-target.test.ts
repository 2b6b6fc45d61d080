import { describe, expect, it } from "vitest";
import { targetFromUrl } from "./curl-target";

const path = "/admin/openapi/v20260301/sales/marketing_events/sync_data.json";

describe("targetFromUrl", () => {
  it.each([
    [`https://open001.myshopline.com${path}`, { kind: "store", storeHandle: "open001", baseUrl: "" }],
    [`https://Open-001.MyShopline.com${path}`, { kind: "store", storeHandle: "open-001", baseUrl: "" }],
    [`http://127.0.0.1:8787${path}`, { kind: "sandbox", storeHandle: "", baseUrl: "" }],
    [`http://localhost:3000/api${path}`, { kind: "custom", storeHandle: "", baseUrl: "http://localhost:3000/api/admin/openapi/v20260301" }],
    [`127.0.0.1:9000${path}`, { kind: "custom", storeHandle: "", baseUrl: "http://127.0.0.1:9000/admin/openapi/v20260301" }],
    [`http://x/a b${path}`, { kind: "custom", storeHandle: "", baseUrl: "http://x/a b/admin/openapi/v20260301" }],
  ])("maps %s", (url, target) => {
    expect(targetFromUrl(url)).toEqual({ target, unmapped: [] });
  });

  it("maps another documented version of a store or sandbox URL, keeping the version", () => {
    const url = "https://open001.myshopline.com/admin/openapi/v20250601/sales/marketing_events/sync_data.json";
    expect(targetFromUrl(url)).toEqual({ target: { kind: "store", storeHandle: "open001", baseUrl: "", apiVersion: "v20250601" }, unmapped: [] });
    expect(targetFromUrl("http://127.0.0.1:8787/admin/openapi/v20270301/sales/marketing_events/sync_data.json").target).toEqual({
      kind: "sandbox",
      storeHandle: "",
      baseUrl: "",
      apiVersion: "v20270301",
    });
  });

  it("keeps an undocumented version of a store URL as a custom base URL, and says so", () => {
    const url = "https://open001.myshopline.com/admin/openapi/v20251201/sales/marketing_events/sync_data.json";
    expect(targetFromUrl(url)).toEqual({
      target: { kind: "custom", storeHandle: "", baseUrl: "https://open001.myshopline.com/admin/openapi/v20251201" },
      unmapped: [
        "https://open001.myshopline.com/admin/openapi/v20251201 is not a documented version of the store API (v20250601, v20260301, v20260601, v20270301): kept as a custom base URL.",
      ],
    });
  });

  it("drops a query, and reports it", () => {
    expect(targetFromUrl(`https://open001.myshopline.com${path}?a=1#f`)).toEqual({
      target: { kind: "store", storeHandle: "open001", baseUrl: "" },
      unmapped: ["The URL's ?a=1#f was dropped: the endpoint takes no query."],
    });
  });

  it("maps no target for another endpoint or a broken URL", () => {
    expect(targetFromUrl("https://open001.myshopline.com/admin/openapi/v20260301/orders.json")).toEqual({
      target: undefined,
      unmapped: ["The URL https://open001.myshopline.com/admin/openapi/v20260301/orders.json is not this endpoint's (…/sales/marketing_events/sync_data.json)."],
    });
    expect(targetFromUrl("http://[bad").target).toBeUndefined();
    expect(targetFromUrl(`ftp://h${path}`)).toMatchObject({ target: undefined });
  });
});
