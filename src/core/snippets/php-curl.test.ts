import { describe, expect, it } from "vitest";
import { phpCurlSnippet, phpCurlTarget } from "./php-curl";
import { preparedRequest, sampleUrl } from "./testing/requests-literal";

const snippet = (body: string, authorization: string) =>
  [
    "<?php",
    `$body = ${body}`,
    "",
    `$curl = curl_init('${sampleUrl}');`,
    "$traceId = '';",
    "curl_setopt_array($curl, [",
    "    CURLOPT_CUSTOMREQUEST => 'POST',",
    "    CURLOPT_POSTFIELDS => $body,",
    "    CURLOPT_HTTPHEADER => [",
    `        ${authorization},`,
    "        'Content-Type: application/json; charset=utf-8',",
    "        'accept: application/json',",
    "        'Expect:',",
    "    ],",
    "    CURLOPT_RETURNTRANSFER => true,",
    "    CURLOPT_HEADERFUNCTION => function ($curl, $line) use (&$traceId) {",
    "        if (stripos($line, 'traceid:') === 0) {",
    "            $traceId = trim(substr($line, 8));",
    "        }",
    "        return strlen($line);",
    "    },",
    "]);",
    "$answer = curl_exec($curl);",
    "if ($answer === false) {",
    '    fwrite(STDERR, curl_error($curl) . "\\n");',
    "    exit(1);",
    "}",
    "$fields = json_decode($answer, true, 512, JSON_BIGINT_AS_STRING);",
    "$count = is_array($fields) ? ($fields['sucess_count'] ?? '') : '';",
    `echo 'status=', curl_getinfo($curl, CURLINFO_RESPONSE_CODE), ' sucess_count=', $count, ' traceId=', $traceId, "\\n", $answer, "\\n";`,
  ].join("\n");

describe("phpCurlSnippet", () => {
  it("writes the body as a nowdoc and the page's headers as libcurl lines", () => {
    expect(phpCurlSnippet(preparedRequest('{"a": "$b"}'), { tokenMode: "literal" })).toBe(
      snippet(`<<<'JSON_BODY'\n{"a": "$b"}\nJSON_BODY;`, "'Authorization: Bearer tok'"),
    );
  });

  it("reads the token with getenv in env mode", () => {
    expect(phpCurlSnippet(preparedRequest("{}"), { tokenMode: "env" })).toBe(
      snippet(`<<<'JSON_BODY'\n{}\nJSON_BODY;`, "'Authorization: Bearer ' . getenv('SHOPLINE_ACCESS_TOKEN')"),
    );
  });

  it("reads body.json above the inline limit", () => {
    expect(phpCurlSnippet(preparedRequest("{}"), { tokenMode: "literal", inlineBodyLimitBytes: 1 })).toBe(
      snippet("file_get_contents('body.json'); // the body, byte for byte", "'Authorization: Bearer tok'"),
    );
  });

  it("writes an empty header value as 'Name;' (libcurl's 'Name:' removes the header)", () => {
    expect(phpCurlSnippet(preparedRequest("{}", { headers: [["X-Empty", ""]] }), { tokenMode: "literal" })).toContain("        'X-Empty;',\n");
  });

  it("is registered", () => {
    expect(phpCurlTarget).toMatchObject({ id: "php-curl", language: "php", readsBodyFile: true });
  });
});
