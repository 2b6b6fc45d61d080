import { describe, expect, it } from "vitest";
import { allowedRequestHeaders, corsHeaders, preflightHeaders } from "./cors-headers";

const on = { cors: true, exposeTraceId: true };

describe("CORS headers", () => {
  it("allows the endpoint's three request headers", () => {
    expect(allowedRequestHeaders).toBe("Authorization, Content-Type, Accept");
  });

  it.each([
    ["echoes the origin and exposes traceId", "http://localhost:5173", on, {
      Vary: "Origin",
      "Access-Control-Allow-Origin": "http://localhost:5173",
      "Access-Control-Expose-Headers": "traceId, X-Sandbox-Rule",
    }],
    ["without an Origin, allows no origin", null, on, { Vary: "Origin", "Access-Control-Expose-Headers": "traceId, X-Sandbox-Rule" }],
    ["hide-trace-id", "http://a", { cors: true, exposeTraceId: false }, { Vary: "Origin", "Access-Control-Allow-Origin": "http://a", "Access-Control-Expose-Headers": "X-Sandbox-Rule" }],
    ["no-cors", "http://a", { cors: false, exposeTraceId: true }, {}],
  ] as const)("answer: %s", (_, origin, options, expected) => {
    expect(corsHeaders(origin, options)).toEqual(expected);
  });

  it.each([
    ["allows the methods of the path", "http://a", on, {
      Vary: "Origin",
      "Access-Control-Allow-Origin": "http://a",
      "Access-Control-Allow-Methods": "POST",
      "Access-Control-Allow-Headers": "Authorization, Content-Type, Accept",
      "Access-Control-Max-Age": "600",
    }],
    ["no-cors", "http://a", { cors: false, exposeTraceId: true }, {}],
  ] as const)("preflight: %s", (_, origin, options, expected) => {
    expect(preflightHeaders(origin, "POST", options)).toEqual(expected);
  });
});
