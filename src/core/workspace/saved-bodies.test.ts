import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readSavedBody, searchSavedBodies, toStoredSavedBody, type SavedBody } from "./saved-bodies";

const body: SavedBody = { id: "b1", name: "Happy path", bodyText: '\uFEFF{"order_num": 9007199254740993}\r\n', savedAt: 1_700_000_000_000 };

describe("readSavedBody", () => {
  it("reads back what was stored, the text exactly", () => {
    expect(readSavedBody(JSON.parse(JSON.stringify(toStoredSavedBody(body))))).toEqual(body);
  });

  it.each([
    ["nothing", null],
    ["a list", [body]],
    ["a newer version", { ...toStoredSavedBody(body), version: 2 }],
    ["no version", { ...body }],
    ["no name", { ...toStoredSavedBody(body), name: " " }],
    ["a body that is not text", { ...toStoredSavedBody(body), bodyText: { a: 1 } }],
    ["no time", { ...toStoredSavedBody(body), savedAt: "yesterday" }],
    ["an empty id", { ...toStoredSavedBody(body), id: "" }],
  ])("refuses %s", (_, value) => {
    expect(readSavedBody(value)).toBeNull();
  });

  it("drops stray fields such as a token", () => {
    expect(readSavedBody({ ...toStoredSavedBody(body), token: "secret" })).toEqual(body);
  });

  it("keeps any text exactly and never throws on hostile records", () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue(), (text, junk) => {
        expect(readSavedBody({ ...toStoredSavedBody(body), bodyText: text })?.bodyText).toBe(text);
        expect(() => readSavedBody(junk)).not.toThrow();
      }),
    );
  });
});

describe("searchSavedBodies", () => {
  const bodies: SavedBody[] = [
    { ...body, id: "1", name: "Happy path", savedAt: 1 },
    { ...body, id: "2", name: "Too long name", bodyText: '{"name": "FackbookOrderConversionRate"}', savedAt: 3 },
    { ...body, id: "3", name: "happy 422", savedAt: 2 },
  ];
  it.each([
    ["", ["2", "3", "1"]],
    ["happy", ["3", "1"]],
    ["HAPPY path", ["1"]],
    ["fackbook", ["2"]],
    ["nothing-like-it", []],
  ])("%j finds %j, newest first", (query, ids) => {
    expect(searchSavedBodies(bodies, query).map((b) => b.id)).toEqual(ids);
  });
});
