import { describe, expect, it } from "vitest";
import { parseJson } from "../json/parse-json";
import { flattenErrors } from "./response-errors";

const flatten = (text: string) => flattenErrors(text, parseJson(text).root);

describe("flattenErrors", () => {
  it.each([
    ["a string", '{"errors":"Too many request"}', [{ messages: ["Too many request"] }]],
    ["a list", '{"errors":["a","b"]}', [{ messages: ["a", "b"] }]],
    ["an empty list", '{"errors":[]}', []],
    [
      "a map of field → list or string",
      '{"errors":{"marketing_activity_datas[0].name":["too long","bad"],"x":"wrong"}}',
      [
        { field: "marketing_activity_datas[0].name", messages: ["too long", "bad"] },
        { field: "x", messages: ["wrong"] },
      ],
    ],
    ["non-string values as JSON text, losslessly", '{"errors":{"n":9007199254740993,"o":{"a":1}}}', [
      { field: "n", messages: ["9007199254740993"] },
      { field: "o", messages: ['{"a":1}'] },
    ]],
    ["a list with a number in it", '{"errors":["a",12]}', [{ messages: ["a", "12"] }]],
    ["null errors", '{"errors":null}', []],
    ["message and code, as the SDK reads them", '{"code":"E401","message":"Bad token"}', [{ messages: ["Bad token (code E401)"] }]],
    ["message without code", '{"message":"Bad token"}', [{ messages: ["Bad token"] }]],
    ["numeric code", '{"message":"Oops","code":500}', [{ messages: ["Oops (code 500)"] }]],
    ["both errors and message", '{"errors":"A","message":"B"}', [{ messages: ["A"] }, { messages: ["B"] }]],
    ["no errors at all", '{"sucess_count":1}', []],
    ["not an object", '["errors"]', []],
    ["not JSON", "<html>", []],
  ])("%s", (_, text, expected) => {
    expect(flatten(text)).toEqual(expected);
  });
});
