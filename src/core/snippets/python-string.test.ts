import { describe, expect, it } from "vitest";
import { pythonString, pythonTripleQuoted } from "./python-string";

// The values these literals evaluate to are proven by python-requests.round-trip.test.ts.
describe("pythonTripleQuoted", () => {
  it.each([
    ["", "''''''"],
    ['{\n  "a": "b"\n}', `'''{\n  "a": "b"\n}'''`],
    ["it's", "'''it\\'s'''"],
    ["'''", "'''\\'\\'\\''''"],
    ["x\\", "'''x\\\\'''"],
    ["\r\n\t", "'''\\r\n\t'''"],
    ["\u0000\u007f\u0085", "'''\\x00\\x7F\\x85'''"],
    ["\u2028\ufeff", "'''\\u2028\\uFEFF'''"],
    ["\ud800", "'''\\ufffd'''"],
    ["中文 😀", "'''中文 😀'''"],
  ])("writes %j as %s", (text, literal) => {
    expect(pythonTripleQuoted(text)).toBe(literal);
  });
});

describe("pythonString", () => {
  it.each([
    ["https://a/b", '"https://a/b"'],
    ['say "hi"\n\t\\', '"say \\"hi\\"\\n\\t\\\\"'],
    ["it's", '"it\'s"'],
  ])("writes %j as %s", (text, literal) => {
    expect(pythonString(text)).toBe(literal);
  });
});
