import { describe, expect, it } from "vitest";
import { decodeFrame, encodeFrame } from "./framing";
import type { SharedState } from "./shared-state";

const state: SharedState = { bodyText: "{}", target: { kind: "custom", storeHandle: "ab", baseUrl: "http://x" } };

describe("encodeFrame", () => {
  it("lays out kind, handle, base URL and body with varint lengths", () => {
    expect([...encodeFrame(state)]).toEqual([2, 2, 0x61, 0x62, 8, ...new TextEncoder().encode("http://x"), 2, 0x7b, 0x7d]);
  });

  it("writes lengths of 128 and more over several bytes", () => {
    const frame = encodeFrame({ ...state, bodyText: "x".repeat(300) });
    const bodyHead = frame.subarray(1 + 3 + 9, 1 + 3 + 9 + 2);
    expect([...bodyHead]).toEqual([0xac, 0x02]);
    expect(decodeFrame(frame)).toEqual({ ok: true, state: { ...state, bodyText: "x".repeat(300) } });
  });

  it.each(["sandbox", "store", "custom"] as const)("round-trips kind %s", (kind) => {
    const s: SharedState = { ...state, target: { ...state.target, kind } };
    expect(decodeFrame(encodeFrame(s))).toEqual({ ok: true, state: s });
  });
});

describe("decodeFrame", () => {
  const good = [...encodeFrame(state)];
  it.each([
    ["no data", [], "bad-framing", "no data"],
    ["unknown kind", [7, ...good.slice(1)], "bad-framing", "unknown target kind code 7"],
    ["varint past the end", [0, 0x80], "bad-framing", "store handle length is malformed"],
    ["varint over 5 bytes", [0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01], "bad-framing", "store handle length is malformed"],
    ["handle longer than the frame", [0, 9, 0x61], "bad-framing", "store handle is shorter"],
    ["body cut short", good.slice(0, -1), "truncated", "body is shorter"],
    ["bytes after the body", [...good, 0], "bad-framing", "1 unexpected bytes"],
    ["handle not UTF-8", [0, 1, 0xff, 0, 0], "not-utf8", "store handle is not valid UTF-8"],
    ["body not UTF-8", [0, 0, 0, 2, 0xc3, 0x28], "not-utf8", "body is not valid UTF-8"],
  ])("%s → %s", (_name, bytes, problem, detail) => {
    const result = decodeFrame(new Uint8Array(bytes));
    expect(result).toMatchObject({ ok: false, problem });
    expect(!result.ok && result.detail).toContain(detail);
  });
});
