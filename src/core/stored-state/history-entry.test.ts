import { describe, expect, it } from "vitest";
import { buildRequest } from "../request/build-request";
import { makeDraftEntry, makeHistoryEntry, readHistoryEntry, type SendRecord } from "./history-entry";

const token = "shpat_0123456789abcdef";
const target = { kind: "store", storeHandle: "open001", baseUrl: "" } as const;
const built = buildRequest({ target, token, bodyText: '{"old_buyer_sum": 9223372036854775807}' });
if (!built.ok) throw new Error(built.error);

const send: SendRecord = {
  id: "h1",
  time: 1_700_000_000_000,
  request: built.request,
  target,
  status: 200,
  successCount: "18446744073709551615",
  traceId: "0b1c2d",
  durationMs: 412,
};

describe("makeHistoryEntry", () => {
  it("records the send with the token redacted and the success count as text", () => {
    const entry = makeHistoryEntry(send);
    expect(entry.request.headers.find(([name]) => name === "Authorization")).toEqual(["Authorization", "Bearer <redacted>"]);
    expect(entry.request.body).toBe(built.request.body);
    expect(entry.successCount).toBe("18446744073709551615");
    expect(JSON.stringify(entry)).not.toContain(token);
    expect("label" in entry).toBe(false);
    expect("response" in entry).toBe(false);
  });

  it("keeps the response body exactly as received", () => {
    const text = '{"sucess_count":9007199254740993}';
    expect(makeHistoryEntry({ ...send, responseText: text }).response).toEqual({ kept: true, text });
    expect(makeHistoryEntry({ ...send, responseText: null }).response).toEqual({ kept: false, reason: "large" });
  });

  it("does not keep a response that echoes the token sent", () => {
    const entry = makeHistoryEntry({ ...send, responseText: `{"received":"Authorization: Bearer ${token}"}` });
    expect(entry.response).toEqual({ kept: false, reason: "token" });
    expect(JSON.stringify(entry)).not.toContain(token);
  });

  it("keeps a label when given, and only the target's own fields", () => {
    const leaky = { ...send, label: "first try", target: { ...target, token } };
    const entry = makeHistoryEntry(leaky);
    expect(entry.label).toBe("first try");
    expect(entry.target).toEqual(target);
  });
});

describe("readHistoryEntry", () => {
  const entry = makeHistoryEntry(send);
  const stored = JSON.parse(JSON.stringify(entry)) as Record<string, unknown>;

  it("reads a stored entry back unchanged", () => {
    expect(readHistoryEntry(stored)).toEqual(entry);
    expect(readHistoryEntry({ ...stored, label: "x" })).toEqual({ ...entry, label: "x" });
  });

  it("reads an entry with its response back unchanged, and an older one without", () => {
    const withResponse = makeHistoryEntry({ ...send, responseText: '{"n":9007199254740993}' });
    expect(readHistoryEntry(JSON.parse(JSON.stringify(withResponse)))).toEqual(withResponse);
    expect("response" in readHistoryEntry(stored)!).toBe(false);
  });

  it.each([
    ["null", null],
    ["a number", 5],
    ["a text without kept", { text: "{}" }],
    ["an unknown reason", { kept: false, reason: "why" }],
  ])("keeps an entry whose response is damaged (%s), without the response", (_name, response) => {
    const read = readHistoryEntry({ ...stored, response });
    expect(read).toMatchObject({ id: "h1", request: { body: built.request.body }, response: { kept: false, reason: "storage" } });
  });

  it("reads an entry of a send that got no answer", () => {
    const failed = { ...stored, status: null, successCount: null, traceId: null };
    expect(readHistoryEntry(failed)).toMatchObject({ status: null, successCount: null, traceId: null });
  });

  it.each([
    ["not an object", 5],
    ["no id", { ...stored, id: undefined }],
    ["a status as text", { ...stored, status: "200" }],
    ["a success count as a number", { ...stored, successCount: 5 }],
    ["a missing trace id", { ...stored, traceId: undefined }],
    ["a label that is not text", { ...stored, label: 1 }],
    ["a bad request", { ...stored, request: { method: "POST" } }],
    ["a bad target", { ...stored, target: null }],
    ["no duration", { ...stored, durationMs: undefined }],
  ])("returns null for %s", (_name, value) => {
    expect(readHistoryEntry(value)).toBeNull();
  });
});

describe("makeDraftEntry", () => {
  it.each([
    ["an empty store handle", { kind: "store", storeHandle: "", baseUrl: "" }],
    ["a half-typed base URL", { kind: "custom", storeHandle: "", baseUrl: "http://127.0." }],
  ] as const)("keeps the body and the target's fields with %s, and reads back", (_name, target) => {
    const entry = makeDraftEntry({ id: "d1", time: 1, bodyText: '{"a":1}', target, request: undefined, label: "Draft kept" });
    expect(entry).toMatchObject({ request: { url: "", body: '{"a":1}', headers: [] }, target, label: "Draft kept", status: null });
    expect(readHistoryEntry(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
  });

  it("records a buildable draft's request with the token redacted", () => {
    const built = buildRequest({ target: { kind: "store", storeHandle: "open001", baseUrl: "" }, token: "secret", bodyText: "{}" });
    if (!built.ok) throw new Error(built.error);
    const entry = makeDraftEntry({ id: "d2", time: 1, bodyText: "{}", target: { kind: "store", storeHandle: "open001", baseUrl: "" }, request: built.request, label: "x" });
    expect(entry.request.url).toBe(built.request.url);
    expect(JSON.stringify(entry)).not.toContain("secret");
  });
});
