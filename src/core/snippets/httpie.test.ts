import { describe, expect, it } from "vitest";
import { httpieSnippet, httpieTarget } from "./httpie";
import { dropFinalNewline } from "./shell-stdin-body";
import { preparedRequest, sampleUrl } from "./testing/requests-literal";

// HTTPie is not installed here: these are exact-string tests against its documented syntax.
const items = ["'Authorization:Bearer tok'", "'Content-Type:application/json; charset=utf-8'", "'accept:application/json'"];

describe("httpieSnippet", () => {
  it.each([
    ["a plain body", '{"a":1}', `'{"a":1}'`],
    ["an empty body", "", "''"],
    ["single quotes, $ and backticks", "{'$`}", `'{'\\''$\`}'`],
    ["a body that looks like an option", "--verbose", "'--verbose'"],
    ["64-bit integers", '{"n":9007199254740993}', `'{"n":9007199254740993}'`],
  ])("writes %s with --raw= and --ignore-stdin", (_, body, quoted) => {
    expect(httpieSnippet(preparedRequest(body), { tokenMode: "literal" })).toBe(
      [`http --ignore-stdin --raw=${quoted}`, `POST ${sampleUrl}`, ...items].join(" \\\n"),
    );
  });

  it("writes the token from the environment in env mode", () => {
    expect(httpieSnippet(preparedRequest("{}"), { tokenMode: "env" })).toContain(
      ` \\\n"Authorization:Bearer $SHOPLINE_ACCESS_TOKEN" \\\n`,
    );
  });

  it("escapes a value's leading = or @ and writes an empty value as Name;", () => {
    const request = preparedRequest("{}", { headers: [["X-A", "=1"], ["X-B", "@f"], ["X-C", ""], ["X-A", "2"]] });
    expect(httpieSnippet(request, { tokenMode: "literal" })).toBe(
      ["http --ignore-stdin --raw='{}'", `POST ${sampleUrl}`, "'X-A:\\=1'", "'X-B:\\@f'", "'X-C;'", "'X-A:2'"].join(" \\\n"),
    );
  });

  it("pipes a large body to stdin through the here-document", () => {
    expect(httpieSnippet(preparedRequest("{\n}"), { tokenMode: "literal", inlineBodyLimitBytes: 1 })).toBe(
      `${dropFinalNewline} <<'JSON_BODY' | http POST ${sampleUrl} \\\n${items.join(" \\\n")}\n{\n}\nJSON_BODY`,
    );
  });

  it("is registered as a shell target", () => {
    expect(httpieTarget).toMatchObject({ id: "httpie", language: "shell" });
  });
});
