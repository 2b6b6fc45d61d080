import { describe, expect, it } from "vitest";
import { makeStoredDraft, migrateDraft, type StoredDraft } from "./stored-draft";

const target = { kind: "store", storeHandle: "open001", baseUrl: "" } as const;
const draft: StoredDraft = { version: 1, bodyText: '{"n": 9007199254740993}', target, savedAt: 1_700_000_000_000 };

describe("makeStoredDraft", () => {
  it("keeps the body text, the target and the time, and nothing else", () => {
    const settings = { ...target, token: "shpat_secret" };
    const input = { bodyText: draft.bodyText, target: settings, token: "shpat_secret" };
    const made = makeStoredDraft(input, draft.savedAt);
    expect(made).toEqual(draft);
    expect(JSON.stringify(made)).not.toContain("secret");
  });
});

describe("migrateDraft", () => {
  it("reads a v1 draft back unchanged, after a trip through JSON", () => {
    expect(migrateDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it("migrates a v0 draft (no version, no time) to v1 with an unknown time", () => {
    expect(migrateDraft({ bodyText: "{}", target })).toEqual({ version: 1, bodyText: "{}", target, savedAt: 0 });
    expect(migrateDraft({ version: 0, bodyText: "{}", target })).toEqual({ version: 1, bodyText: "{}", target, savedAt: 0 });
  });

  it("drops fields it does not know, such as a token", () => {
    const withToken = { ...draft, token: "shpat_secret", target: { ...target, token: "shpat_secret" } };
    expect(JSON.stringify(migrateDraft(withToken))).not.toContain("secret");
  });

  it.each([
    ["null", null],
    ["a string", "draft"],
    ["an array", [draft]],
    ["a newer version", { ...draft, version: 2 }],
    ["no body", { version: 1, target, savedAt: 0 }],
    ["a body that is not text", { ...draft, bodyText: { a: 1 } }],
    ["an unknown target kind", { ...draft, target: { ...target, kind: "moon" } }],
    ["no time", { version: 1, bodyText: "{}", target }],
    ["a time that is not a number", { ...draft, savedAt: "yesterday" }],
    ["a v0 without a target", { bodyText: "{}" }],
  ])("returns null for %s", (_name, value) => {
    expect(migrateDraft(value)).toBeNull();
  });
});
