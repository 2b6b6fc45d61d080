import { endpoint } from "../../endpoint/descriptor";
import type { PreparedRequest } from "../request/build-request";
import { cFamilyString, linesKeepingEnds } from "./c-family-string";
import { snippetHeaders, type SnippetHeader } from "./snippet-headers";
import { bodyFileName, bodyGoesToFile, type SnippetOptions, type SnippetTarget } from "./snippet-target";

const { successCountField, traceIdHeader } = endpoint.response;

/**
 * C# (.NET 6+ top-level statements: `dotnet new console`, then this as Program.cs) with
 * HttpClient. The body is `ByteArrayContent` of the text's UTF-8 bytes: `StringContent` would add
 * its own `text/plain` Content-Type. HttpClient keeps content headers apart and silently ignores
 * a `Content-*` header added to the request's own headers, so those go on the content. Headers use
 * `TryAddWithoutValidation`, which sends a value as written. Regular string literals, one per body
 * line: a verbatim or raw string would take CRLF from a file saved with Windows line ends.
 */
export function csharpHttpClientSnippet(request: PreparedRequest, options: SnippetOptions): string {
  const fromFile = bodyGoesToFile(request.body, options);
  const headers = snippetHeaders(request, options);
  const lines = linesKeepingEnds(request.body).map(cFamilyString);
  return [
    "using System;",
    ...(fromFile ? ["using System.IO;"] : []),
    "using System.Net.Http;",
    "using System.Text;",
    "using System.Text.RegularExpressions;",
    "",
    fromFile
      ? `var body = File.ReadAllBytes(${cFamilyString(bodyFileName)}); // the body, byte for byte`
      : `var body =\n    ${lines.join(" +\n    ")};`,
    "",
    "using var client = new HttpClient();",
    `using var request = new HttpRequestMessage(new HttpMethod(${cFamilyString(request.method)}), ${cFamilyString(request.url)});`,
    `request.Content = new ByteArrayContent(${fromFile ? "body" : "Encoding.UTF8.GetBytes(body)"});`,
    ...headers.map((header) => `${isContentHeader(header) ? "request.Content.Headers" : "request.Headers"}.TryAddWithoutValidation(${cFamilyString(header.name)}, ${csharpValue(header)});`),
    "",
    "using var response = await client.SendAsync(request);",
    "var answer = await response.Content.ReadAsStringAsync();",
    `var count = Regex.Match(answer, ${cFamilyString(`"${successCountField}"\\s*:\\s*(-?\\d+)`)}).Groups[1].Value;`,
    `var traceId = response.Headers.TryGetValues(${cFamilyString(traceIdHeader)}, out var values) ? string.Join(", ", values) : "";`,
    `Console.WriteLine($"status={(int)response.StatusCode} ${successCountField}={count} ${traceIdHeader}={traceId}");`,
    "Console.WriteLine(answer);",
  ].join("\n");
}

function isContentHeader({ name }: SnippetHeader): boolean {
  return name.toLowerCase().startsWith("content-");
}

function csharpValue({ value }: SnippetHeader): string {
  return value.kind === "literal"
    ? cFamilyString(value.text)
    : `${cFamilyString(value.prefix)} + Environment.GetEnvironmentVariable(${cFamilyString(value.variable)})`;
}

export const csharpHttpClientTarget = {
  id: "csharp-http-client",
  title: "C# (HttpClient)",
  language: "csharp",
  generate: csharpHttpClientSnippet,
  readsBodyFile: true,
} as const satisfies SnippetTarget;
