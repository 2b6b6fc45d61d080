/**
 * Exact-string tests: the default unit run has no Java round trip (it is opt-in, see
 * java-http-client.round-trip.test.ts), so the source is pinned here character for character.
 */
import { describe, expect, it } from "vitest";
import { javaHttpClientSnippet, javaHttpClientTarget } from "./java-http-client";
import { preparedRequest, sampleUrl } from "./testing/requests-literal";

const snippet = (imports: string[], body: string[], authorization: string, publisher: string) =>
  [
    "import java.net.URI;",
    "import java.net.http.HttpClient;",
    "import java.net.http.HttpRequest;",
    "import java.net.http.HttpResponse;",
    "import java.nio.charset.StandardCharsets;",
    ...imports,
    "import java.util.regex.Matcher;",
    "import java.util.regex.Pattern;",
    "",
    "public class SyncData {",
    "    public static void main(String[] args) throws Exception {",
    ...body,
    `        HttpRequest request = HttpRequest.newBuilder(URI.create("${sampleUrl}"))`,
    `            .header("Authorization", ${authorization})`,
    '            .header("Content-Type", "application/json; charset=utf-8")',
    '            .header("accept", "application/json")',
    `            .method("POST", ${publisher})`,
    "            .build();",
    "        HttpResponse<String> response = HttpClient.newHttpClient()",
    "            .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));",
    '        Matcher count = Pattern.compile("\\"sucess_count\\"\\\\s*:\\\\s*(-?\\\\d+)").matcher(response.body());',
    '        System.out.println("status=" + response.statusCode()',
    '            + " sucess_count=" + (count.find() ? count.group(1) : "")',
    '            + " traceId=" + response.headers().firstValue("traceId").orElse(""));',
    "        System.out.println(response.body());",
    "    }",
    "}",
  ].join("\n");

const ofString = "HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)";

describe("javaHttpClientSnippet", () => {
  it("writes one literal per body line, escaping without \\u for line ends, quotes or backslashes", () => {
    expect(javaHttpClientSnippet(preparedRequest('{\n  "a": "\\u0041\u2028\u0000"\r\n}'), { tokenMode: "literal" })).toBe(
      snippet([], ['        String body = "{\\n"', '            + "  \\"a\\": \\"\\\\u0041\\u2028\\u0000\\"\\r\\n"', '            + "}";', ""], '"Bearer tok"', ofString),
    );
  });

  it("reads the token with System.getenv in env mode", () => {
    expect(javaHttpClientSnippet(preparedRequest("{}"), { tokenMode: "env" })).toBe(
      snippet([], ['        String body = "{}";', ""], '"Bearer " + System.getenv("SHOPLINE_ACCESS_TOKEN")', ofString),
    );
  });

  it("sends body.json with BodyPublishers.ofFile above the inline limit", () => {
    expect(javaHttpClientSnippet(preparedRequest("{}"), { tokenMode: "literal", inlineBodyLimitBytes: 1 })).toBe(
      snippet(["import java.nio.file.Path;"], ["        // The body is read from body.json, byte for byte."], '"Bearer tok"', 'HttpRequest.BodyPublishers.ofFile(Path.of("body.json"))'),
    );
  });

  it("joins groups of lines at run time when the body would be one constant over javac's 64 KB limit", () => {
    const line = `${"x".repeat(20_000)}\n`;
    const snippet = javaHttpClientSnippet(preparedRequest(line.repeat(3)), { tokenMode: "literal" });
    expect(snippet).toContain('        String body = String.join("",\n');
    // Each group is at most 30,000 bytes: here one line each, three groups.
    expect(snippet.match(/^ {12}"x+\\n",?$/gm)).toHaveLength(3);
  });

  it("cuts a single line longer than the budget between code points", () => {
    const body = "😀".repeat(15_000); // 60,000 bytes: inline, but over the budget of one group
    const snippet = javaHttpClientSnippet(preparedRequest(body), { tokenMode: "literal" });
    const literals = [...snippet.matchAll(/"((?:😀)+)"/gu)].map((m) => m[1]!);
    expect(literals.join("")).toBe(body);
    expect(literals.length).toBeGreaterThan(1);
  });

  it("is registered", () => {
    expect(javaHttpClientTarget).toMatchObject({ id: "java-http-client", language: "java", readsBodyFile: true });
  });
});
