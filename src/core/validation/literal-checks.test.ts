import { describe, expect, it } from "vitest";
import { bodySchema } from "../../endpoint/schema";
import { checkNumberLiterals } from "./literal-checks";
import type { PendingProblem } from "./pending-problem";

function check(text: string) {
  const value = JSON.parse(text) as unknown;
  const problems: PendingProblem[] = [];
  const literals = checkNumberLiterals(text, value, bodySchema, (p) => problems.push(p));
  return { value, problems, literals };
}

const item = (field: string, literal: string) => `{"marketing_activity_datas":[{"${field}":${literal}}]}`;

describe("checkNumberLiterals", () => {
  it.each([
    ["9223372036854775807", ["warning unsafe-integer"]],
    ["-9223372036854775808", ["warning unsafe-integer"]],
    ["9223372036854775808", ["error int64-range"]],
    ["1.5", ["error int64-format"]],
    ["1e3", ["error int64-format"]],
    ["9007199254740993", ["warning unsafe-integer"]],
    ["123", []],
  ])("a long written %s", (literal, expected) => {
    expect(check(item("order_num", literal)).problems.map((p) => `${p.severity} ${p.code}`)).toEqual(expected);
  });

  it("replaces a failing long by 0 so ajv does not report the same place again", () => {
    const { value } = check(item("order_num", "1.5"));
    expect(value).toEqual({ marketing_activity_datas: [{ order_num: 0 }] });
  });

  it("keeps the literal text of notable numbers by path, exactly as written", () => {
    const { literals } = check(item("order_num", "9007199254740993"));
    expect([...literals.values()]).toEqual(["9007199254740993"]);
  });

  it("warns about unsafe integers outside longs too, and leaves them as parsed", () => {
    const { problems } = check('{"x": 12345678901234567890}');
    expect(problems.map((p) => p.code)).toEqual(["unsafe-integer"]);
    expect(problems[0]?.message).toContain("sent exactly as typed");
  });
});
