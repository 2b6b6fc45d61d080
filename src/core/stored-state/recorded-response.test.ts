import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeNotKept, notStored, readRecordedResponse, recordResponse, responseForStorage, responseLimits } from "./recorded-response";

describe("recordResponse", () => {
  it("keeps the body exactly as received, big integers and all", () => {
    const text = '{"sucess_count":9007199254740993,"f":1.50}';
    expect(recordResponse(text, [])).toEqual({ kept: true, text });
  });

  it.each([
    ["too large to read", null, "large"],
    ["longer than the tab keeps", "x".repeat(responseLimits.keptChars + 1), "large"],
    ["holding the token that was sent", '{"echo":"Bearer shpat_0123456789abcdef"}', "token"],
  ] as const)("does not keep a response %s", (_what, text, reason) => {
    expect(recordResponse(text, ["shpat_0123456789abcdef"])).toEqual({ kept: false, reason });
  });

  it("keeps a response as long as the tab keeps, and one where a short test token merely occurs", () => {
    expect(recordResponse("x".repeat(responseLimits.keptChars), []).kept).toBe(true);
    expect(recordResponse('{"sucess_count":1}', ["t", ""]).kept).toBe(true);
  });

  it("never keeps a text containing a real token, wherever it sits", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: responseLimits.tokenMinChars }), fc.string(), (before, token, after) => {
        expect(JSON.stringify(recordResponse(before + token + after, [token]))).not.toContain(token);
      }),
    );
  });
});

describe("responseForStorage", () => {
  it("stores small responses and marks larger ones as not stored", () => {
    const small = recordResponse("x".repeat(responseLimits.storedChars), []);
    expect(responseForStorage(small)).toBe(small);
    expect(responseForStorage(recordResponse("x".repeat(responseLimits.storedChars + 1), []))).toEqual({ kept: false, reason: "storage" });
    expect(responseForStorage({ kept: false, reason: "token" })).toEqual({ kept: false, reason: "token" });
  });
});

describe("readRecordedResponse", () => {
  it.each([
    [{ kept: true, text: '{"n":9007199254740993}' }],
    [{ kept: true, text: "" }],
    [{ kept: false, reason: "large" }],
    [{ kept: false, reason: "storage" }],
    [{ kept: false, reason: "token" }],
  ])("reads %j back unchanged", (stored) => {
    expect(readRecordedResponse(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it.each([
    ["null", null],
    ["text", "{}"],
    ["an array", [{ kept: true, text: "x" }]],
    ["kept without text", { kept: true }],
    ["kept with a number as text", { kept: true, text: 5 }],
    ["kept as the string true", { kept: "true", text: "x" }],
    ["an unknown reason", { kept: false, reason: "because" }],
    ["a reason from Object's prototype", { kept: false, reason: "toString" }],
    ["a text longer than any kept", { kept: true, text: "x".repeat(responseLimits.keptChars + 1) }],
  ])("reads %s as not stored", (_name, value) => {
    expect(readRecordedResponse(value)).toEqual(notStored);
  });

  it("builds a new object: stray fields (a token) do not ride along", () => {
    const read = readRecordedResponse({ kept: true, text: "{}", token: "shpat_secret" });
    expect(JSON.stringify(read)).not.toContain("shpat_secret");
  });
});

describe("describeNotKept", () => {
  it.each(["large", "storage", "token"] as const)("says why for %s", (reason) => {
    expect(describeNotKept(reason)).toMatch(/^The response was not (kept|stored)/);
  });
});
