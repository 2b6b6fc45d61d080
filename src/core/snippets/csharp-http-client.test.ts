/** Exact-string tests: no .NET runtime here, so the source is pinned character for character. */
import { describe, expect, it } from "vitest";
import { csharpHttpClientSnippet, csharpHttpClientTarget } from "./csharp-http-client";
import { preparedRequest, sampleUrl } from "./testing/requests-literal";

const snippet = (usings: string[], body: string, content: string, authorization: string) =>
  [
    "using System;",
    ...usings,
    "using System.Net.Http;",
    "using System.Text;",
    "using System.Text.RegularExpressions;",
    "",
    body,
    "",
    "using var client = new HttpClient();",
    `using var request = new HttpRequestMessage(new HttpMethod("POST"), "${sampleUrl}");`,
    `request.Content = new ByteArrayContent(${content});`,
    `request.Headers.TryAddWithoutValidation("Authorization", ${authorization});`,
    'request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");',
    'request.Headers.TryAddWithoutValidation("accept", "application/json");',
    "",
    "using var response = await client.SendAsync(request);",
    "var answer = await response.Content.ReadAsStringAsync();",
    'var count = Regex.Match(answer, "\\"sucess_count\\"\\\\s*:\\\\s*(-?\\\\d+)").Groups[1].Value;',
    'var traceId = response.Headers.TryGetValues("traceId", out var values) ? string.Join(", ", values) : "";',
    'Console.WriteLine($"status={(int)response.StatusCode} sucess_count={count} traceId={traceId}");',
    "Console.WriteLine(answer);",
  ].join("\n");

describe("csharpHttpClientSnippet", () => {
  it("writes one regular literal per body line and puts Content-Type on the content", () => {
    expect(csharpHttpClientSnippet(preparedRequest('{\n  "a": "{x} $\\"\u2028"\r\n}'), { tokenMode: "literal" })).toBe(
      snippet([], 'var body =\n    "{\\n" +\n    "  \\"a\\": \\"{x} $\\\\\\"\\u2028\\"\\r\\n" +\n    "}";', "Encoding.UTF8.GetBytes(body)", '"Bearer tok"'),
    );
  });

  it("writes an empty body as one empty literal", () => {
    expect(csharpHttpClientSnippet(preparedRequest(""), { tokenMode: "literal" })).toContain('var body =\n    "";\n');
  });

  it("reads the token from the environment in env mode", () => {
    expect(csharpHttpClientSnippet(preparedRequest("{}"), { tokenMode: "env" })).toBe(
      snippet([], 'var body =\n    "{}";', "Encoding.UTF8.GetBytes(body)", '"Bearer " + Environment.GetEnvironmentVariable("SHOPLINE_ACCESS_TOKEN")'),
    );
  });

  it("reads body.json above the inline limit", () => {
    expect(csharpHttpClientSnippet(preparedRequest("{}"), { tokenMode: "literal", inlineBodyLimitBytes: 1 })).toBe(
      snippet(["using System.IO;"], 'var body = File.ReadAllBytes("body.json"); // the body, byte for byte', "body", '"Bearer tok"'),
    );
  });

  it("is registered", () => {
    expect(csharpHttpClientTarget).toMatchObject({ id: "csharp-http-client", language: "csharp", readsBodyFile: true });
  });
});
