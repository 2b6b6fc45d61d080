import { describe, expect, it } from "vitest";
import { readImport } from "./read-import";

describe("readImport", () => {
  it("reads a table with its header mapped", () => {
    const input = readImport("order_num\tnotes\r\n1\tx\r\n");
    expect(input).toMatchObject({ kind: "table", header: ["order_num", "notes"], rows: [["1", "x"]] });
    expect(input.kind === "table" && input.mapping.map((m) => m.match)).toEqual(["exact", "none"]);
  });
  it("reads JSON items", () => {
    expect(readImport('{"order_num":1}\n{"order_num":2}')).toEqual({ kind: "json", items: ['{"order_num":1}', '{"order_num":2}'] });
  });
  it.each([
    ["  ", { kind: "empty" }],
    ["[{}, ", { kind: "error", error: "The JSON list is not closed with ]." }],
    [",\n1", { kind: "error", error: "The first line must name the columns." }],
  ])("%j", (text, expected) => {
    expect(readImport(text)).toEqual(expected);
  });
});
