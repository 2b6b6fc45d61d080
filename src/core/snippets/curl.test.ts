import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { buildRequest } from "../request/build-request";
import { curlSnippet, curlTarget } from "./curl";
import { dropFinalNewline } from "./shell-stdin-body";
import type { SnippetOptions } from "./snippet-target";
import { documentedCurl, documentedStoreHandle, documentedToken } from "./testing/documented-curl";
import { preparedRequest, sampleUrl } from "./testing/requests-literal";

const literal: SnippetOptions = { tokenMode: "literal" };
const head = [
  "curl --request POST \\",
  `--url ${sampleUrl} \\`,
  "--header 'Authorization: Bearer tok' \\",
  "--header 'Content-Type: application/json; charset=utf-8' \\",
  "--header 'accept: application/json' \\",
].join("\n");

describe("curlSnippet", () => {
  it("reproduces the endpoint page's curl for the documented example, then adds the body", () => {
    const built = buildRequest({
      target: { kind: "store", storeHandle: documentedStoreHandle, baseUrl: "" },
      token: documentedToken,
      bodyText: documentedExampleText,
    });
    if (!built.ok) throw new Error(built.error);
    expect(curlSnippet(built.request, literal)).toBe(`${documentedCurl} \\\n--data-raw '${documentedExampleText}'`);
  });

  it.each([
    ["a plain body", '{"a":1}', `--data-raw '{"a":1}'`],
    ["an empty body (still sent, as empty data)", "", "--data-raw ''"],
    ["single quotes", `{"name":"it's"}`, `--data-raw '{"name":"it'\\''s"}'`],
    ["$, backticks, backslashes and !", '{"v":"$HOME `id` \\n !!"}', `--data-raw '{"v":"$HOME \`id\` \\n !!"}'`],
    ["a leading @ (not a file: --data-raw)", "@/etc/passwd", "--data-raw '@/etc/passwd'"],
    ["newlines, CR and a trailing newline", "{\r\n}\n", "--data-raw '{\r\n}\n'"],
    ["Unicode and emoji", '{"name":"中文 😀"}', `--data-raw '{"name":"中文 😀"}'`],
    [
      "64-bit integers, as typed",
      '{"a":9223372036854775807,"b":9007199254740993}',
      `--data-raw '{"a":9223372036854775807,"b":9007199254740993}'`,
    ],
  ])("writes %s", (_, body, dataLine) => {
    expect(curlSnippet(preparedRequest(body), literal)).toBe(`${head}\n${dataLine}`);
  });

  it("keeps repeated headers, each on its own line, in sending order", () => {
    const request = preparedRequest("{}", { headers: [["X-A", "1"], ["x-a", "2"], ["X-B", ""]] });
    expect(curlSnippet(request, literal)).toBe(
      [
        "curl --request POST \\",
        `--url ${sampleUrl} \\`,
        "--header 'X-A: 1' \\",
        "--header 'x-a: 2' \\",
        "--header 'X-B;' \\",
        "--data-raw '{}'",
      ].join("\n"),
    );
  });

  it("quotes a URL that holds shell-special characters", () => {
    const request = preparedRequest("{}", { url: "http://[::1]:8787/a b/sync_data.json" });
    expect(curlSnippet(request, literal)).toContain("--url 'http://[::1]:8787/a b/sync_data.json' \\\n");
  });

  it("writes the token as $SHOPLINE_ACCESS_TOKEN in double quotes in env mode", () => {
    expect(curlSnippet(preparedRequest("{}"), { tokenMode: "env" })).toBe(
      head.replace("'Authorization: Bearer tok'", '"Authorization: Bearer $SHOPLINE_ACCESS_TOKEN"') + "\n--data-raw '{}'",
    );
  });

  it("adds the Authorization header in env mode when the request has no token", () => {
    const request = preparedRequest("{}", { headers: [["Content-Type", "application/json; charset=utf-8"]], hasToken: false });
    expect(curlSnippet(request, { tokenMode: "env" })).toContain(
      '--header "Authorization: Bearer $SHOPLINE_ACCESS_TOKEN" \\\n--header \'Content-Type',
    );
  });

  it("moves a body above the threshold into a quoted here-document read with --data-binary @-", () => {
    const body = "{'$`\n}";
    expect(curlSnippet(preparedRequest(body), { tokenMode: "literal", inlineBodyLimitBytes: 5 })).toBe(
      `${dropFinalNewline} <<'JSON_BODY' | ${head}\n--data-binary @-\n${body}\nJSON_BODY`,
    );
  });

  it("counts the threshold in UTF-8 bytes of the quoted argument", () => {
    const body = "😀"; // 1 UTF-16 pair, 4 bytes, 6 with its quotes
    expect(curlSnippet(preparedRequest(body), { tokenMode: "literal", inlineBodyLimitBytes: 6 })).toContain("--data-raw");
    expect(curlSnippet(preparedRequest(body), { tokenMode: "literal", inlineBodyLimitBytes: 5 })).toContain("--data-binary @-");
    // 20,000 quotes: a 20 kB body, but an 80 kB argument.
    expect(curlSnippet(preparedRequest("'".repeat(20_000)), { tokenMode: "literal" })).toContain("--data-binary @-");
  });

  it("is registered as a shell target", () => {
    expect(curlTarget).toMatchObject({ id: "curl", language: "shell" });
    expect(curlTarget.generate).toBe(curlSnippet);
  });
});
