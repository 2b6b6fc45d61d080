import { describe, expect, it } from "vitest";
import { readCustomBaseUrl } from "./custom-base-url";

const basePath = "/admin/openapi/v20260301";

describe("readCustomBaseUrl", () => {
  it.each([
    ["http://127.0.0.1:8801", "http://127.0.0.1:8801/admin/openapi/v20260301", "origin-completed"],
    ["http://127.0.0.1:8801/", "http://127.0.0.1:8801/admin/openapi/v20260301", "origin-completed"],
    ["  https://example.test  ", "https://example.test/admin/openapi/v20260301", "origin-completed"],
    ["http://127.0.0.1:8801/admin/openapi/v20260301", "http://127.0.0.1:8801/admin/openapi/v20260301", null],
    ["http://127.0.0.1:8801/admin/openapi/v20260301/", "http://127.0.0.1:8801/admin/openapi/v20260301", null],
    ["http://h.test/proxy/admin/openapi/v20250601", "http://h.test/proxy/admin/openapi/v20250601", null],
    ["http://h.test/admin/openapi/v20260301/sales/marketing_events/sync_data.json", "http://h.test/admin/openapi/v20260301", "full-url"],
    ["http://h.test/api", "http://h.test/api", "unusual-path"],
  ])("%j → %s (%s)", (text, base, note) => {
    const read = readCustomBaseUrl(text, basePath);
    expect(read).toMatchObject({ ok: true, base });
    expect(read.ok && (read.note?.kind ?? null)).toBe(note);
  });

  it("offers the completed URL for a path that does not end in the base path", () => {
    expect(readCustomBaseUrl("http://h.test/api", basePath)).toMatchObject({ note: { kind: "unusual-path", completed: "http://h.test/api/admin/openapi/v20260301" } });
  });

  it.each([
    ["", "Enter a base URL"],
    ["127.0.0.1:8801", "is not a URL"],
    ["ftp://h.test", "must start with http"],
    ["not a url", "is not a URL"],
    ["http://h.test/x?a=1", "query or a fragment"],
    ["http://h.test/x#a", "query or a fragment"],
  ])("%j is refused: %s", (text, words) => {
    const read = readCustomBaseUrl(text, basePath);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toContain(words);
  });
});
