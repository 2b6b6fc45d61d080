import { describe, expect, it } from "vitest";
import {
  addHistoryEntry,
  clearHistory,
  emptyHistory,
  historyLimit,
  migrateHistory,
  serializeHistory,
  type StoredHistory,
} from "./history";
import type { HistoryEntry } from "./history-entry";
import { responseLimits } from "./recorded-response";

function entry(id: string): HistoryEntry {
  return {
    id,
    time: 1_700_000_000_000,
    request: { method: "POST", url: "https://x", headers: [["Authorization", "Bearer <redacted>"]], body: "{}" },
    target: { kind: "sandbox", storeHandle: "", baseUrl: "" },
    status: 200,
    successCount: "1",
    traceId: "t",
    durationMs: 5,
  };
}

function historyOf(...ids: string[]): StoredHistory {
  return { version: 1, entries: ids.map(entry) };
}

const ids = (history: StoredHistory) => history.entries.map((e) => e.id);

describe("history edits", () => {
  it("adds newest first", () => {
    expect(ids(addHistoryEntry(historyOf("a", "b"), entry("c")))).toEqual(["c", "a", "b"]);
  });

  it(`keeps only the last ${historyLimit}`, () => {
    expect(historyLimit).toBe(50);
    let history = emptyHistory;
    for (let i = 0; i < 60; i++) history = addHistoryEntry(history, entry(`e${i}`));
    expect(history.entries).toHaveLength(50);
    expect(ids(history)[0]).toBe("e59");
    expect(ids(history)[49]).toBe("e10");
  });

  it("replaces an entry added again with the same id", () => {
    expect(ids(addHistoryEntry(historyOf("a", "b"), entry("b")))).toEqual(["b", "a"]);
  });

  it("clears", () => {
    expect(clearHistory()).toEqual({ version: 1, entries: [] });
  });

  it("does not change the history it is given", () => {
    const before = historyOf("a");
    addHistoryEntry(before, entry("b"));
    expect(ids(before)).toEqual(["a"]);
  });
});

describe("migrateHistory", () => {
  it("reads a stored v1 history back unchanged", () => {
    const history = historyOf("a", "b");
    expect(migrateHistory(JSON.parse(JSON.stringify(history)))).toEqual(history);
  });

  it("drops unreadable entries and keeps the rest", () => {
    const stored = { version: 1, entries: [entry("a"), { id: "broken" }, entry("c")] };
    expect(ids(migrateHistory(stored)!)).toEqual(["a", "c"]);
  });

  it("caps a longer stored list", () => {
    const stored = { version: 1, entries: Array.from({ length: 70 }, (_, i) => entry(`e${i}`)) };
    expect(migrateHistory(stored)!.entries).toHaveLength(50);
  });

  it.each([
    ["null", null],
    ["an array", []],
    ["no version", { entries: [] }],
    ["a newer version", { version: 2, entries: [] }],
    ["entries that are not a list", { version: 1, entries: {} }],
  ])("returns null for %s", (_name, value) => {
    expect(migrateHistory(value)).toBeNull();
  });
});

describe("serializeHistory", () => {
  const withBody = (id: string, bodyChars: number): HistoryEntry => ({ ...entry(id), request: { ...entry(id).request, body: "x".repeat(bodyChars) } });
  const history: StoredHistory = { version: 1, entries: [withBody("new", 100), withBody("mid", 1000), withBody("old", 100)] };

  it("stores everything when it fits, readable by migrateHistory", () => {
    const { text, skipped } = serializeHistory(history, 10_000);
    expect(skipped).toEqual([]);
    expect(JSON.parse(text)).toEqual(history);
    expect(migrateHistory(JSON.parse(text))).toEqual(history);
  });

  it.each([
    [10_000, ["new", "mid", "old"]],
    [1800, ["new", "mid"]],
    // An entry too large for what is left is skipped; older ones that fit are still stored.
    [900, ["new", "old"]],
    [10, []],
  ])("within %i characters keeps %j", (maxChars, expected) => {
    const { text, skipped } = serializeHistory(history, maxChars);
    expect(skipped).toEqual(["new", "mid", "old"].filter((id) => !expected.includes(id)));
    expect(text.length).toBeLessThanOrEqual(Math.max(maxChars, '{"version":1,"entries":[]}'.length));
    expect(ids(migrateHistory(JSON.parse(text)) ?? emptyHistory)).toEqual(expected);
  });
});

describe("serializeHistory with responses", () => {
  const sent = (id: string, bodyChars: number, responseChars?: number): HistoryEntry => ({
    ...entry(id),
    request: { ...entry(id).request, body: "b".repeat(bodyChars) },
    ...(responseChars === undefined ? {} : { response: { kept: true, text: "r".repeat(responseChars) } }),
  });
  const stored = (history: StoredHistory, maxChars: number) => migrateHistory(JSON.parse(serializeHistory(history, maxChars).text)) ?? emptyHistory;
  const responses = (history: StoredHistory) => history.entries.map((e) => (e.response?.kept ? e.response.text.length : e.response?.reason));

  it("stores small responses with their entries", () => {
    const history: StoredHistory = { version: 1, entries: [sent("a", 10, 30), sent("b", 10), { ...sent("c", 10), response: { kept: false, reason: "token" } }] };
    expect(stored(history, 10_000)).toEqual(history);
  });

  it("marks a response over the per-response cap as not stored; the tab's entry keeps it", () => {
    const history: StoredHistory = { version: 1, entries: [sent("a", 10, responseLimits.storedChars + 1), sent("b", 10, responseLimits.storedChars)] };
    expect(responses(stored(history, 1_000_000))).toEqual(["storage", responseLimits.storedChars]);
    expect(history.entries[0]?.response).toEqual({ kept: true, text: "r".repeat(responseLimits.storedChars + 1) });
  });

  it("never pushes a request body out: responses take only the room the bodies leave, newest first", () => {
    const history: StoredHistory = { version: 1, entries: [sent("new", 1000, 900), sent("mid", 1000, 900), sent("old", 1000, 900)] };
    const bodiesOnly: StoredHistory = { version: 1, entries: history.entries.map((e) => ({ ...e, response: { kept: false, reason: "storage" } as const })) };
    for (const maxChars of [1000, 1500, 3000, 3500, 4500, 6000, 10_000]) {
      const { skipped } = serializeHistory(history, maxChars);
      expect(skipped).toEqual(serializeHistory(bodiesOnly, maxChars).skipped);
      expect(serializeHistory(history, maxChars).text.length).toBeLessThanOrEqual(Math.max(maxChars, 26));
    }
    // Room for the three bodies and one response more: the newest response is the one stored.
    const bodies = serializeHistory(bodiesOnly, 10_000).text.length;
    const oneResponse = JSON.stringify(history.entries[0]).length - JSON.stringify(bodiesOnly.entries[0]).length;
    expect(responses(stored(history, bodies + oneResponse))).toEqual([900, "storage", "storage"]);
    expect(responses(stored(history, bodies + oneResponse - 1))).toEqual(["storage", "storage", "storage"]);
    expect(responses(stored(history, 10_000))).toEqual([900, 900, 900]);
  });
});
