import { describe, expect, it } from "vitest";
import { durationText, explainNetworkFailure, type NetworkFailureInput } from "./explain-network-failure";

const store = "https://open001.myshopline.com/admin/openapi/v20260301/sales/marketing_events/sync_data.json";
const sandbox = "http://127.0.0.1:8787/admin/openapi/v20260301/sales/marketing_events/sync_data.json";
const other = "https://api.example.com/admin/openapi/v20260301/sales/marketing_events/sync_data.json";

const base: NetworkFailureInput = {
  url: store,
  pageProtocol: "https:",
  online: true,
  probe: "not-run",
  aborted: false,
  timedOut: false,
  timeoutMs: 30_000,
};

describe("explainNetworkFailure", () => {
  it.each([
    ["a timeout (which also aborts)", { timedOut: true, aborted: true }, "timeout", /^No answer within 30 s$/, /stopped after 30 s/],
    ["a body that stalls after the headers", { timedOut: true, aborted: true, statusBeforeStall: 200 }, "timeout", /^The answer did not finish within 30 s$/, /status 200, but its body stopped arriving/],
    ["a body that breaks off after the headers", { statusBeforeStall: 200, probe: "reachable" }, "broken-answer", /broke off/, /status 200, but the connection closed/],
    ["a redirect (not followed), even where a probe would say unreachable", { redirected: true, probe: "unreachable" }, "redirect", /redirect/, /^https:\/\/open001\.myshopline\.com answered with a redirect \(3xx\)/],
    ["fetch refusing to build the request", { browserRefusal: "Invalid value." }, "refused-request", /refused to build/, /^Nothing was sent: Invalid value\. /],
    ["a cancel", { aborted: true }, "cancelled", /cancelled/, /may still have received/],
    ["a cancel while offline", { aborted: true, online: false }, "cancelled", /cancelled/, /./],
    ["offline", { online: false, probe: "unreachable" }, "offline", /offline/, /no network connection/],
    ["http from an https page", { url: "http://api.example.com/x" }, "mixed-content", /http:\/\//, /http:\/\/api\.example\.com .*mixed content/],
    ["http to 127.0.0.1 from https is not mixed content", { url: sandbox, probe: "unreachable" }, "unreachable", /unreachable/, /npm run sandbox/],
    ["http to localhost from https is not mixed content", { url: "http://localhost:8787/x", probe: "reachable" }, "cors", /CORS/, /--no-cors/],
    ["the store answers the probe", { probe: "reachable" }, "cors", /CORS/, /SHOPLINE does not document browser access.*curl/],
    ["another server answers the probe", { url: other, probe: "reachable" }, "cors", /CORS/, /Access-Control-Allow-Origin/],
    ["the store does not answer", { probe: "unreachable" }, "unreachable", /unreachable/, /https:\/\/open001\.myshopline\.com.*store handle/],
    ["another server does not answer", { url: other, probe: "unreachable" }, "unreachable", /unreachable/, /^Nothing answered at https:\/\/api\.example\.com:/],
    ["no probe", {}, "unknown", /without an answer/, /CORS.*curl/],
    ["a URL that does not parse", { url: "not a url", probe: "reachable" }, "cors", /CORS/, /^not a url answers/],
    ["http page, http store URL", { url: "http://open001.myshopline.com/x", pageProtocol: "http:", probe: "reachable" }, "cors", /CORS/, /SHOPLINE/],
  ] as const)("%s → %s", (_, change, kind, title, explanation) => {
    const result = explainNetworkFailure({ ...base, ...change });
    expect(result.kind).toBe(kind);
    expect(result.title).toMatch(title);
    expect(result.explanation).toMatch(explanation);
  });
});

describe("durationText", () => {
  it.each([
    [800, "800 ms"],
    [1000, "1 s"],
    [1500, "1.5 s"],
    [30_000, "30 s"],
    [0.4, "0 ms"],
  ])("%d → %s", (ms, text) => {
    expect(durationText(ms)).toBe(text);
  });
});
