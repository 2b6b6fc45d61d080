import { describe, expect, it } from "vitest";
import { problemSelection } from "./problem-selection";

describe("problemSelection", () => {
  it.each([
    ["a string: its content", '{"a": "xyz"}', 6, 5, { offset: 7, length: 3 }],
    ["an empty string: the caret between the quotes", '{"a": ""}', 6, 2, { offset: 7, length: 0 }],
    ["a string with escapes: still inside the quotes", '{"a": "x\\"y"}', 6, 6, { offset: 7, length: 4 }],
    ["a key (unknown field): its name", '{"ab": 1}', 1, 4, { offset: 2, length: 2 }],
    ["a number: all of it", '{"a": 123}', 6, 3, { offset: 6, length: 3 }],
    ["an object: all of it", '{"a": {}}', 6, 2, { offset: 6, length: 2 }],
    ["a lone quote (syntax error): as is", '{"a": "}', 6, 1, { offset: 6, length: 1 }],
    ["an empty range: as is", "{}", 1, 0, { offset: 1, length: 0 }],
  ])("%s", (_name, text, offset, length, expected) => {
    expect(problemSelection(text, offset, length)).toEqual(expected);
  });
});
