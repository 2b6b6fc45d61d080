import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { addHistoryEntry, emptyHistory } from "../core/stored-state/history";
import { makeStoredDraft } from "../core/stored-state/stored-draft";
import {
  createDraftSaver,
  createStorage,
  describeStorageProblem,
  newHistoryId,
  storageKeys,
  type StorageArea,
} from "./storage";

/** A Web Storage stand-in that can be told to fail the way browsers do. */
class FakeStorage implements StorageArea {
  readonly items = new Map<string, string>();
  failSet: unknown = null;
  failGet: unknown = null;
  getItem(key: string): string | null {
    if (this.failGet !== null) throw this.failGet;
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failSet !== null) throw this.failSet;
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const quotaError = new DOMException("The quota has been exceeded.", "QuotaExceededError");
const securityError = new DOMException("Access is denied for this document.", "SecurityError");
const target = { kind: "store", storeHandle: "open001", baseUrl: "" } as const;
const draft = makeStoredDraft({ bodyText: '{"n": 9223372036854775807}', target }, 1_700_000_000_000);

function setup() {
  const local = new FakeStorage();
  const session = new FakeStorage();
  const problems: string[] = [];
  const storage = createStorage({ local, session, onStorageProblem: (m) => problems.push(m) });
  return { local, session, problems, storage };
}

describe("createStorage: draft and history", () => {
  it("saves and loads the draft under a namespaced key, body text byte for byte", () => {
    const { local, storage } = setup();
    storage.saveDraft(draft);
    expect([...local.items.keys()]).toEqual(["sync-data-playground:draft"]);
    expect(storage.loadDraft()).toEqual(draft);
  });

  it("never writes a token that rides along on the draft object", () => {
    const { local, storage } = setup();
    storage.saveDraft({ ...draft, token: "shpat_secret" } as typeof draft);
    expect(local.items.get(storageKeys.draft)).not.toContain("secret");
  });

  it("migrates an old draft and ignores garbage", () => {
    const { local, storage } = setup();
    local.items.set(storageKeys.draft, JSON.stringify({ bodyText: "{}", target }));
    expect(storage.loadDraft()).toEqual({ version: 1, bodyText: "{}", target, savedAt: 0 });
    local.items.set(storageKeys.draft, "{not json");
    expect(storage.loadDraft()).toBeNull();
    storage.clearDraft();
    expect(storage.loadDraft()).toBeNull();
  });

  it("saves and loads the history; an empty one when nothing is stored", () => {
    const { storage } = setup();
    expect(storage.loadHistory()).toEqual(emptyHistory);
    const history = addHistoryEntry(emptyHistory, {
      id: "a",
      time: 1,
      request: { method: "POST", url: "https://x", headers: [["Authorization", "Bearer shpat_secret"]], body: "{}" },
      target,
      status: 200,
      successCount: "1",
      traceId: "t",
      durationMs: 3,
    });
    storage.saveHistory(history);
    const loaded = storage.loadHistory();
    expect(loaded.entries[0]?.request.headers).toEqual([["Authorization", "Bearer <redacted>"]]);
  });

  it("stores a small response with its send, a large one as not stored; a hostile stored response costs nothing else", () => {
    const { local, storage } = setup();
    const send = (id: string, text: string) => ({
      id,
      time: 1,
      request: { method: "POST", url: "https://x", headers: [], body: "{}" },
      target,
      status: 200,
      successCount: "1",
      traceId: "t",
      durationMs: 3,
      response: { kept: true as const, text },
    });
    const small = '{"sucess_count":9007199254740993}';
    storage.saveHistory(addHistoryEntry(addHistoryEntry(emptyHistory, send("big", "x".repeat(100_000))), send("small", small)));
    expect(storage.loadHistory().entries.map((e) => e.response)).toEqual([{ kept: true, text: small }, { kept: false, reason: "storage" }]);
    const stored = JSON.parse(local.items.get(storageKeys.history) ?? "") as { entries: Record<string, unknown>[] };
    stored.entries[0]!["response"] = { kept: true, text: { toString: "shpat_secret" } };
    local.items.set(storageKeys.history, JSON.stringify(stored));
    expect(storage.loadHistory().entries.map((e) => [e.id, e.response])).toEqual([
      ["small", { kept: false, reason: "storage" }],
      ["big", { kept: false, reason: "storage" }],
    ]);
  });
});

describe("createStorage: the token", () => {
  it("keeps it for this tab only unless asked to remember it", () => {
    const { local, session, storage } = setup();
    storage.saveToken("tok-1", false);
    expect([session.items.get(storageKeys.token), local.items.has(storageKeys.token)]).toEqual(["tok-1", false]);
    expect(storage.loadToken()).toEqual({ token: "tok-1", remember: false });
  });

  it("moves it to localStorage when remembered, and back", () => {
    const { local, session, storage } = setup();
    storage.saveToken("tok-1", false);
    storage.saveToken("tok-2", true);
    expect([local.items.get(storageKeys.token), session.items.has(storageKeys.token)]).toEqual(["tok-2", false]);
    expect(storage.loadToken()).toEqual({ token: "tok-2", remember: true });
    storage.saveToken("tok-3", false);
    expect(local.items.has(storageKeys.token)).toBe(false);
  });

  it("forgets it everywhere when set to empty", () => {
    const { local, session, storage } = setup();
    storage.saveToken("tok", true);
    storage.saveToken("", false);
    expect([local.items.size, session.items.size]).toEqual([0, 0]);
    expect(storage.loadToken()).toEqual({ token: "", remember: false });
  });
});

describe("createStorage: when the browser refuses", () => {
  it("reports a full quota once and keeps working in memory", () => {
    const { local, problems, storage } = setup();
    storage.saveDraft(draft);
    local.failSet = quotaError;
    const newer = { ...draft, bodyText: "{}" };
    storage.saveDraft(newer);
    storage.saveHistory(emptyHistory);
    storage.saveDraft({ ...newer, savedAt: 2 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("storage for this site is full");
    expect(storage.loadDraft()).toEqual({ ...newer, savedAt: 2 });
    // The stale draft was dropped, so a reload does not bring back older text.
    expect(local.items.has(storageKeys.draft)).toBe(false);
  });

  it("reports storage whose very lookup throws (blocked cookies) and works in memory", () => {
    const problems: string[] = [];
    const storage = createStorage({
      local: () => {
        throw securityError;
      },
      session: () => {
        throw securityError;
      },
      onStorageProblem: (m) => problems.push(m),
    });
    expect(storage.loadDraft()).toBeNull();
    storage.saveDraft(draft);
    storage.saveToken("tok", false);
    expect(storage.loadDraft()).toEqual(draft);
    expect(storage.loadToken()).toEqual({ token: "tok", remember: false });
    expect(problems).toEqual([expect.stringContaining("blocked here")]);
  });

  it("treats missing storage as disabled", () => {
    const problems: string[] = [];
    const storage = createStorage({ local: () => undefined, session: () => null, onStorageProblem: (m) => problems.push(m) });
    storage.saveToken("tok", true);
    expect(storage.loadToken()).toEqual({ token: "tok", remember: true });
    expect(problems).toHaveLength(1);
  });

  it("survives reads that throw", () => {
    const { local, problems, storage } = setup();
    local.failGet = securityError;
    expect(storage.loadHistory()).toEqual(emptyHistory);
    expect(storage.loadDraft()).toBeNull();
    expect(problems).toHaveLength(1);
  });

  it("looks storage up lazily, only when first used", () => {
    const lookup = vi.fn(() => new FakeStorage());
    const storage = createStorage({ local: lookup, session: lookup });
    expect(lookup).not.toHaveBeenCalled();
    storage.loadDraft();
    storage.loadDraft();
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it.each([
    [quotaError, "is full"],
    [{ name: "NS_ERROR_DOM_QUOTA_REACHED" }, "is full"],
    [{ code: 22 }, "is full"],
    [securityError, "blocked here"],
    [new Error("disk on fire"), "failed (disk on fire)"],
  ])("describeStorageProblem(%s)", (error, words) => {
    expect(describeStorageProblem(error)).toContain(words);
  });
});

describe("createDraftSaver", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_700_000_000_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const edit = (n: number) => ({ bodyText: `{"n": ${n}}`, target });

  it("saves once edits pause, with the last text and the time of saving", () => {
    const saveDraft = vi.fn();
    const saver = createDraftSaver({ saveDraft }, { delayMs: 500 });
    saver.schedule(edit(1));
    vi.advanceTimersByTime(300);
    saver.schedule(edit(2));
    vi.advanceTimersByTime(499);
    expect(saveDraft).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(saveDraft).toHaveBeenCalledTimes(1);
    expect(saveDraft).toHaveBeenCalledWith(makeStoredDraft(edit(2), 1_700_000_000_800));
  });

  it("still saves at least every maxWaitMs while typing goes on", () => {
    const saveDraft = vi.fn();
    const saver = createDraftSaver({ saveDraft }, { delayMs: 500, maxWaitMs: 2000 });
    for (let i = 0; i < 10; i++) {
      saver.schedule(edit(i));
      vi.advanceTimersByTime(300);
    }
    expect(saveDraft.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(saveDraft.mock.calls[0]?.[0].savedAt).toBe(1_700_000_002_000);
  });

  it("does not store a draft past the limit: drops the older one and says so once", () => {
    const saveDraft = vi.fn();
    const clearDraft = vi.fn();
    const onTooLarge = vi.fn();
    const saver = createDraftSaver({ saveDraft, clearDraft }, { delayMs: 500, maxWaitMs: 5000, limit: { maxChars: 12, onTooLarge } });
    saver.schedule({ bodyText: '{"n": 123456789}', target });
    saver.flush();
    saver.schedule({ bodyText: '{"n": 1234567890}', target });
    saver.flush();
    expect(saveDraft).not.toHaveBeenCalled();
    expect(clearDraft).toHaveBeenCalledTimes(2);
    expect(onTooLarge).toHaveBeenCalledTimes(1);
    expect(onTooLarge).toHaveBeenCalledWith(16);
    // Back under the limit it is stored again, and a later large body is reported again.
    saver.schedule(edit(1));
    saver.flush();
    expect(saveDraft).toHaveBeenCalledTimes(1);
    saver.schedule({ bodyText: '{"n": 123456789}', target });
    saver.flush();
    expect(onTooLarge).toHaveBeenCalledTimes(2);
  });

  it("flushes a pending draft at once, and cancel drops it", () => {
    const saveDraft = vi.fn();
    const saver = createDraftSaver({ saveDraft }, { delayMs: 500 });
    saver.schedule(edit(1));
    saver.flush();
    expect(saveDraft).toHaveBeenCalledTimes(1);
    saver.flush();
    saver.schedule(edit(2));
    saver.cancel();
    vi.advanceTimersByTime(1000);
    expect(saveDraft).toHaveBeenCalledTimes(1);
  });
});

describe("newHistoryId", () => {
  it("gives distinct ids", () => {
    expect(new Set(Array.from({ length: 100 }, newHistoryId)).size).toBe(100);
  });
});
