import { endpoint } from "../../endpoint/descriptor";
import type { PreparedRequest } from "../request/build-request";
import { phpBodyExpression, phpString } from "./php-string";
import { snippetHeaders, type SnippetHeader } from "./snippet-headers";
import { bodyFileName, bodyGoesToFile, type SnippetOptions, type SnippetTarget } from "./snippet-target";

const { successCountField, traceIdHeader } = endpoint.response;

/**
 * PHP with the curl extension (php-curl). `CURLOPT_POSTFIELDS` takes the body string and sends
 * its bytes as they are (a PHP string is bytes; the source file is UTF-8). Headers are libcurl's
 * `Name: value` lines; an empty value is written `Name;` (libcurl's `Name:` removes the header).
 * `Expect:` turns off libcurl's `Expect: 100-continue` for bodies over 1 KB, which would add a
 * header the page does not send and wait for a server that does not answer 100.
 * `sucess_count` is decoded with JSON_BIGINT_AS_STRING, so a large count keeps its digits.
 */
export function phpCurlSnippet(request: PreparedRequest, options: SnippetOptions): string {
  const body = bodyGoesToFile(request.body, options)
    ? `file_get_contents(${phpString(bodyFileName)}); // the body, byte for byte`
    : `${phpBodyExpression(request.body)};`;
  const traceId = phpString(`${traceIdHeader.toLowerCase()}:`);
  return [
    "<?php",
    `$body = ${body}`,
    "",
    `$curl = curl_init(${phpString(request.url)});`,
    "$traceId = '';",
    "curl_setopt_array($curl, [",
    `    CURLOPT_CUSTOMREQUEST => ${phpString(request.method)},`,
    "    CURLOPT_POSTFIELDS => $body,",
    "    CURLOPT_HTTPHEADER => [",
    ...snippetHeaders(request, options).map((header) => `        ${phpHeaderLine(header)},`),
    "        'Expect:',",
    "    ],",
    "    CURLOPT_RETURNTRANSFER => true,",
    "    CURLOPT_HEADERFUNCTION => function ($curl, $line) use (&$traceId) {",
    `        if (stripos($line, ${traceId}) === 0) {`,
    `            $traceId = trim(substr($line, ${traceIdHeader.length + 1}));`,
    "        }",
    "        return strlen($line);",
    "    },",
    "]);",
    "$answer = curl_exec($curl);",
    "if ($answer === false) {",
    "    fwrite(STDERR, curl_error($curl) . \"\\n\");",
    "    exit(1);",
    "}",
    "$fields = json_decode($answer, true, 512, JSON_BIGINT_AS_STRING);",
    `$count = is_array($fields) ? ($fields[${phpString(successCountField)}] ?? '') : '';`,
    `echo 'status=', curl_getinfo($curl, CURLINFO_RESPONSE_CODE), ' ${successCountField}=', $count, ' ${traceIdHeader}=', $traceId, "\\n", $answer, "\\n";`,
  ].join("\n");
}

function phpHeaderLine({ name, value }: SnippetHeader): string {
  if (value.kind === "env") return `${phpString(`${name}: ${value.prefix}`)} . getenv(${phpString(value.variable)})`;
  return phpString(value.text === "" ? `${name};` : `${name}: ${value.text}`);
}

export const phpCurlTarget = {
  id: "php-curl",
  title: "PHP (curl)",
  language: "php",
  generate: phpCurlSnippet,
  readsBodyFile: true,
} as const satisfies SnippetTarget;
