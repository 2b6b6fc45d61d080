import { describe, expect, it } from "vitest";
import { buildVersion, precacheList, serviceWorkerSource } from "./service-worker";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("precacheList", () => {
  it("takes every file but source maps and the worker itself, relative to the worker's scope, sorted", () => {
    expect(precacheList(["index.html", "sw.js", "assets/b.js", "assets/b.js.map", "assets\\a.css", "favicon.svg"])).toEqual([
      "assets/a.css",
      "assets/b.js",
      "favicon.svg",
      "index.html",
    ]);
  });
});

describe("buildVersion", () => {
  const build = [
    { path: "/index.html", bytes: bytes("<html>") },
    { path: "/assets/a.js", bytes: bytes("a") },
  ];
  it("does not depend on the files' order", () => {
    expect(buildVersion(build)).toBe(buildVersion([...build].reverse()));
  });
  it.each([
    ["a file's bytes change", [build[0]!, { path: "/assets/a.js", bytes: bytes("b") }]],
    ["a file is renamed", [build[0]!, { path: "/assets/c.js", bytes: bytes("a") }]],
    ["a file is added", [...build, { path: "/favicon.svg", bytes: bytes("") }]],
  ])("changes when %s", (_name, other) => {
    expect(buildVersion(other)).not.toBe(buildVersion(build));
  });
});

describe("serviceWorkerSource", () => {
  it("is valid JavaScript naming its version and files", () => {
    const source = serviceWorkerSource("abc", ["index.html"]);
    expect(() => new Function(source)).not.toThrow();
    expect(source).toContain('const version = "abc";');
    expect(source).toContain('const files = ["index.html"].map((f) => new URL(f, scope).pathname);');
  });

  it("resolves its files against its scope, so a build hosted below a path caches that path's files", () => {
    const source = serviceWorkerSource("abc", ["index.html", "assets/a.js"]);
    const listeners: Record<string, (event: unknown) => void> = {};
    const worker = {
      registration: { scope: "https://example.com/tools/sync-data/" },
      location: { origin: "https://example.com" },
      addEventListener: (name: string, listener: (event: unknown) => void) => (listeners[name] = listener),
    };
    const responded: string[] = [];
    new Function("self", "caches", source)(worker, { open: () => Promise.resolve({ match: () => Promise.resolve("cached") }) });
    const fetchOf = (url: string, mode = "no-cors") =>
      listeners["fetch"]?.({ request: { method: "GET", url, mode }, respondWith: () => responded.push(url) });
    fetchOf("https://example.com/tools/sync-data/assets/a.js");
    fetchOf("https://example.com/tools/sync-data/", "navigate");
    fetchOf("https://example.com/assets/a.js");
    expect(responded).toEqual(["https://example.com/tools/sync-data/assets/a.js", "https://example.com/tools/sync-data/"]);
  });
});
