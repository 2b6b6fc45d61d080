import { describe, expect, it } from "vitest";
import { buildVersion, precacheList, serviceWorkerSource } from "./service-worker";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("precacheList", () => {
  it("takes every file but source maps and the worker itself, as root paths, sorted", () => {
    expect(precacheList(["index.html", "sw.js", "assets/b.js", "assets/b.js.map", "assets\\a.css", "favicon.svg"])).toEqual([
      "/assets/a.css",
      "/assets/b.js",
      "/favicon.svg",
      "/index.html",
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
    const source = serviceWorkerSource("abc", ["/index.html"]);
    expect(() => new Function(source)).not.toThrow();
    expect(source).toContain('const version = "abc";');
    expect(source).toContain('const files = ["/index.html"];');
  });
});
