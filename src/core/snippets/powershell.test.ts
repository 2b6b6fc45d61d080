import { describe, expect, it } from "vitest";
import { powershellSnippet, powershellTarget } from "./powershell";
import { preparedRequest, sampleUrl } from "./testing/requests-literal";

const invoke = (headers: boolean) =>
  `Invoke-RestMethod -Method POST -Uri '${sampleUrl}'${headers ? " -Headers $headers" : ""} ` +
  "-ContentType 'application/json; charset=utf-8' -Body ([System.Text.Encoding]::UTF8.GetBytes($body))";

describe("powershellSnippet", () => {
  it("sends the body as UTF-8 bytes, Content-Type via -ContentType, other headers as an ordered hashtable", () => {
    expect(powershellSnippet(preparedRequest(`{"name":"it's","n":9223372036854775807}`), { tokenMode: "literal" })).toBe(
      [
        `$body = '{"name":"it''s","n":9223372036854775807}'`,
        "$headers = [ordered]@{",
        "  'Authorization' = 'Bearer tok'",
        "  'accept' = 'application/json'",
        "}",
        invoke(true),
      ].join("\n"),
    );
  });

  it("reads the token from $env:SHOPLINE_ACCESS_TOKEN in env mode", () => {
    expect(powershellSnippet(preparedRequest("{}"), { tokenMode: "env" })).toContain(
      `  'Authorization' = "Bearer $env:SHOPLINE_ACCESS_TOKEN"\n`,
    );
  });

  it("writes an empty body, a CR and Unicode exactly", () => {
    expect(powershellSnippet(preparedRequest(""), { tokenMode: "literal" })).toMatch(/^\$body = ''\n/);
    expect(powershellSnippet(preparedRequest('{\r\n"a":"中😀"}'), { tokenMode: "literal" })).toMatch(
      /^\$body = '\{' \+ \[char\]0x0D \+ '\n"a":"中😀"\}'\n/,
    );
  });

  it("merges repeated headers (a hashtable literal rejects duplicate keys) and omits -Headers when none is left", () => {
    const repeated = preparedRequest("{}", { headers: [["X-A", "1"], ["x-a", "2"]] });
    expect(powershellSnippet(repeated, { tokenMode: "literal" })).toContain("$headers = [ordered]@{\n  'X-A' = '1, 2'\n}");
    const onlyType = preparedRequest("{}", { headers: [["Content-Type", "application/json; charset=utf-8"]], hasToken: false });
    expect(powershellSnippet(onlyType, { tokenMode: "literal" })).toBe(`$body = '{}'\n${invoke(false)}`);
  });

  it("is registered", () => {
    expect(powershellTarget).toMatchObject({ id: "powershell", language: "powershell" });
  });
});
