import { describe, expect, it } from "vitest";
import { jsFetchSnippet, jsFetchTarget } from "./js-fetch";
import { preparedRequest, sampleUrl } from "./testing/requests-literal";

const expected = (body: string, authorization: string) =>
  [
    `const body = ${body};`,
    "",
    `const response = await fetch("${sampleUrl}", {`,
    '  method: "POST",',
    "  headers: {",
    `    "Authorization": ${authorization},`,
    '    "Content-Type": "application/json; charset=utf-8",',
    '    "accept": "application/json",',
    "  },",
    "  body,",
    "});",
    'console.log(response.status, response.headers.get("traceId"), await response.text());',
  ].join("\n");

describe("jsFetchSnippet", () => {
  it.each([
    ["the text as a template literal (never re-serialised)", '{\n  "n": 9223372036854775807\n}', '`{\n  "n": 9223372036854775807\n}`'],
    ["an empty body", "", "``"],
    ["backticks, ${ and backslashes escaped", "`${a}`\\", "`\\`\\${a}\\`\\\\`"],
    ["quotes and Unicode as they are", `{"a":"it's \\"中\\" 😀"}`, '`{"a":"it\'s \\\\"中\\\\" 😀"}`'],
  ])("writes %s", (_, text, literal) => {
    expect(jsFetchSnippet(preparedRequest(text), { tokenMode: "literal" })).toBe(expected(literal, '"Bearer tok"'));
  });

  it("reads the token from process.env in env mode", () => {
    expect(jsFetchSnippet(preparedRequest("{}"), { tokenMode: "env" })).toBe(
      expected("`{}`", "`Bearer ${process.env.SHOPLINE_ACCESS_TOKEN}`"),
    );
  });

  it("merges repeated headers into one object key", () => {
    const request = preparedRequest("{}", { headers: [["X-A", "1"], ["x-a", "2"]] });
    expect(jsFetchSnippet(request, { tokenMode: "literal" })).toContain('  headers: {\n    "X-A": "1, 2",\n  },');
  });

  it("is registered", () => {
    expect(jsFetchTarget).toMatchObject({ id: "js-fetch", language: "javascript" });
  });
});
