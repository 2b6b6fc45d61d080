import { describe, expect, it } from "vitest";
import { contentTypeProblem } from "./check-content-type";

describe("contentTypeProblem", () => {
  it.each(["application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8", 'application/json; charset="utf-8"', "application/json; charset=utf8", " application/json ; foo=bar"])(
    "%j is accepted",
    (value) => {
      expect(contentTypeProblem(value)).toBeUndefined();
    },
  );

  it.each([
    [null, /missing/],
    ["", /missing/],
    ["text/plain;charset=UTF-8", /must be application\/json; charset=utf-8, not text\/plain/],
    ["application/x-www-form-urlencoded", /must be application\/json/],
    ["application/jsonx", /must be application\/json/],
    ["application/json; charset=latin1", /charset=latin1 is not supported/],
  ])("%j is refused", (value, message) => {
    expect(contentTypeProblem(value)).toMatch(message);
  });
});
