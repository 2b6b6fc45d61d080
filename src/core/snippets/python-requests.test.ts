import { describe, expect, it } from "vitest";
import { pythonRequestsSnippet, pythonRequestsTarget } from "./python-requests";
import { preparedRequest, sampleUrl } from "./testing/requests-literal";

const call = (authorization: string) => [
  "response = requests.post(",
  `    "${sampleUrl}",`,
  "    headers={",
  `        "Authorization": ${authorization},`,
  '        "Content-Type": "application/json; charset=utf-8",',
  '        "accept": "application/json",',
  "    },",
  '    data=body.encode("utf-8"),',
  "    timeout=30,",
  ")",
  'print(response.status_code, response.headers.get("traceId"), response.text)',
];

describe("pythonRequestsSnippet", () => {
  it.each([
    ["the text as a string literal encoded to UTF-8 (no json=)", '{\n  "n": 9223372036854775807\n}', `'''{\n  "n": 9223372036854775807\n}'''`],
    ["an empty body", "", "''''''"],
    ["quotes and backslashes escaped", `{"a":"it's \\n"}`, `'''{"a":"it\\'s \\\\n"}'''`],
  ])("writes %s", (_, text, literal) => {
    expect(pythonRequestsSnippet(preparedRequest(text), { tokenMode: "literal" })).toBe(
      ["import requests", "", `body = ${literal}`, "", ...call('"Bearer tok"')].join("\n"),
    );
  });

  it("reads the token from os.environ in env mode", () => {
    expect(pythonRequestsSnippet(preparedRequest("{}"), { tokenMode: "env" })).toBe(
      ["import os", "", "import requests", "", "body = '''{}'''", "", ...call('"Bearer " + os.environ["SHOPLINE_ACCESS_TOKEN"]')].join(
        "\n",
      ),
    );
  });

  it("merges repeated headers into one dict key", () => {
    const request = preparedRequest("{}", { headers: [["X-A", "1"], ["x-a", "2"]] });
    expect(pythonRequestsSnippet(request, { tokenMode: "literal" })).toContain('    headers={\n        "X-A": "1, 2",\n    },');
  });

  it("is registered", () => {
    expect(pythonRequestsTarget).toMatchObject({ id: "python-requests", language: "python" });
  });
});
