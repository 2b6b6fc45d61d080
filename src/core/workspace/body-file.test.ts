import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeBodyFile } from "./body-file";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeBodyFile", () => {
  it.each([
    ["LF", '{\n  "a": 1\n}\n', "\n"],
    ["CRLF", '{\r\n  "a": 1\r\n}\r\n', "\r\n"],
    ["no line break", '{"order_num": 9007199254740993}', "\n"],
    ["non-ASCII", '{"name": "ü→😀"}', "\n"],
  ] as const)("opens a %s file exactly", (_, text, lineEnding) => {
    expect(decodeBodyFile(utf8(text), "a.json")).toEqual({ ok: true, text, lineEnding, notes: [] });
  });

  it("leaves out a byte order mark and says so", () => {
    const result = decodeBodyFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a":1}\r\n')]), "bom.json");
    expect(result).toMatchObject({ ok: true, text: '{"a":1}\r\n', lineEnding: "\r\n" });
    expect(result.ok && result.notes.join(" ")).toMatch(/byte order mark/);
  });

  it("makes mixed line endings one kind and says so", () => {
    const result = decodeBodyFile(utf8("{\r\n\r\n\"a\":\n1}"), "mixed.json");
    expect(result).toMatchObject({ ok: true, text: '{\r\n\r\n"a":\r\n1}', lineEnding: "\r\n" });
    expect(result.ok && result.notes.join(" ")).toMatch(/mixes line endings.*CRLF/);
  });

  it.each([
    ["invalid UTF-8", new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), /not UTF-8/],
    ["UTF-16", new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), /UTF-16/],
  ])("refuses %s", (_, bytes, error) => {
    const result = decodeBodyFile(bytes, "x.json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it("keeps any text without a BOM or mixed line endings exactly", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }).filter((s) => !s.includes("\r") && !s.startsWith("\uFEFF")), (text) => {
        expect(decodeBodyFile(utf8(text), "p.json")).toMatchObject({ ok: true, text, notes: [] });
      }),
    );
  });
});
