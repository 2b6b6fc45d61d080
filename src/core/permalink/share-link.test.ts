import { describe, expect, it } from "vitest";
import { decodePermalink } from "./permalink";
import { describeLinkLength, makeShareLink, permalinkWarningLength } from "./share-link";
import type { SharedState } from "./shared-state";

const state: SharedState = { bodyText: "{}", target: { kind: "sandbox", storeHandle: "", baseUrl: "" } };

describe("makeShareLink", () => {
  it.each([
    ["https://example.test/app/", "https://example.test/app/#v1."],
    ["https://example.test/app/?x=1#v1.old", "https://example.test/app/?x=1#v1."],
    ["http://127.0.0.1:4173/#", "http://127.0.0.1:4173/#v1."],
  ])("%s keeps the address and replaces the fragment", (pageUrl, start) => {
    const link = makeShareLink(pageUrl, state);
    expect(link.startsWith(start)).toBe(true);
    expect(decodePermalink(link.slice(link.indexOf("#")))).toEqual({ ok: true, state });
  });
});

describe("describeLinkLength", () => {
  it("is quiet up to the warning length", () => {
    expect(permalinkWarningLength).toBe(8000);
    expect(describeLinkLength("x".repeat(8000))).toEqual({ length: 8000, tooLong: false, message: null });
  });

  it("warns past it, naming both lengths", () => {
    const advice = describeLinkLength("x".repeat(12345));
    expect(advice.tooLong).toBe(true);
    expect(advice.message).toContain("12,345 characters");
    expect(advice.message).toContain("longer than 8,000 characters");
  });
});
