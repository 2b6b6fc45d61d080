import { describe, expect, it } from "vitest";
import { parseJson } from "../json/parse-json";
import { readSuccessCount } from "./success-count";

const read = (text: string) => readSuccessCount(text, parseJson(text).root);

describe("readSuccessCount", () => {
  it.each([
    ['{"sucess_count": 1}', "1"],
    ['{"sucess_count":9007199254740993}', "9007199254740993"],
    ['{"success_count":7}', "7"],
    ['{"sucess_count":3,"success_count":7}', "3"],
    ['{"sucess_count":"12"}', "12"],
    ['{"sucess_count":"many"}', undefined],
    ['{"sucess_count":null}', undefined],
    ['{"sucess_count":1,"sucess_count":2}', "2"],
    ['{"count":1}', undefined],
    ["[1]", undefined],
    ["oops", undefined],
  ])("%s → %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});
