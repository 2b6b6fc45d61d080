import { describe, expect, it } from "vitest";
import { mayUseRequestLog } from "./log-access";

describe("mayUseRequestLog", () => {
  it.each([
    ["a tool (no Origin)", null, "127.0.0.1:8787", true],
    ["a tool without Host", null, undefined, true],
    ["the server's own page", "http://127.0.0.1:8787", "127.0.0.1:8787", true],
    ["its own page by localhost", "http://localhost:8787", "localhost:8787", true],
    ["its own page over IPv6", "http://[::1]:8787", "[::1]:8787", true],
    ["its own page on a LAN address", "http://192.168.1.5:8787", "192.168.1.5:8787", true],
    ["the playground on another port", "http://127.0.0.1:5173", "127.0.0.1:8787", false],
    ["any web page", "https://evil.example", "127.0.0.1:8787", false],
    ["a DNS-rebound page (same origin as its Host)", "http://evil.example:8787", "evil.example:8787", false],
    ["an opaque origin", "null", "127.0.0.1:8787", false],
    ["an https page of the same host", "https://127.0.0.1:8787", "127.0.0.1:8787", false],
    ["a Host that is no host", "http://a b", "a b", false],
    ["an Origin without a Host", "http://127.0.0.1:8787", undefined, false],
  ])("%s → %s", (_, origin, host, allowed) => {
    expect(mayUseRequestLog(origin, host)).toBe(allowed);
  });
});
