import { endpoint } from "../../endpoint/descriptor";
import type { PreparedRequest } from "../request/build-request";
import { powershellSingleQuoted, powershellStringExpression } from "./powershell-string";
import { mergeRepeatedHeaders, snippetHeaders, type SnippetHeader } from "./snippet-headers";
import type { SnippetOptions, SnippetTarget } from "./snippet-target";

const contentType = endpoint.headers.contentType.name.toLowerCase();

/**
 * PowerShell `Invoke-RestMethod`.
 * - The body is sent as `[System.Text.Encoding]::UTF8.GetBytes($body)`: a byte array goes out
 *   untouched, while a string body would be encoded by the cmdlet's own rules, which differ
 *   between Windows PowerShell 5.1 and PowerShell 7.
 * - Content-Type goes in `-ContentType`, which the cmdlet uses instead of a `Content-Type` entry
 *   in `-Headers`; the other headers are an `[ordered]` hashtable, so they keep their order and a
 *   repeated name is merged (a hashtable literal rejects duplicate keys).
 * - `env` mode: `"Bearer $env:SHOPLINE_ACCESS_TOKEN"` (double quotes expand `$env:`).
 * Non-ASCII text in a saved .ps1 needs a UTF-8 file with BOM for Windows PowerShell 5.1.
 */
export function powershellSnippet(request: PreparedRequest, options: SnippetOptions): string {
  const headers = mergeRepeatedHeaders(snippetHeaders(request, options));
  const typeHeader = headers.find((h) => h.name.toLowerCase() === contentType);
  const others = headers.filter((h) => h !== typeHeader);
  const call = [`Invoke-RestMethod -Method ${request.method} -Uri ${powershellSingleQuoted(request.url)}`];
  if (others.length > 0) call.push("-Headers $headers");
  if (typeHeader !== undefined) call.push(`-ContentType ${powershellValue(typeHeader)}`);
  call.push("-Body ([System.Text.Encoding]::UTF8.GetBytes($body))");
  return [
    `$body = ${powershellStringExpression(request.body)}`,
    ...(others.length > 0 ? ["$headers = [ordered]@{", ...others.map(hashtableEntry), "}"] : []),
    call.join(" "),
  ].join("\n");
}

function hashtableEntry(header: SnippetHeader): string {
  return `  ${powershellSingleQuoted(header.name)} = ${powershellValue(header)}`;
}

function powershellValue({ value }: SnippetHeader): string {
  if (value.kind === "literal") return powershellStringExpression(value.text);
  // Inside double quotes `$`, backtick and the double quotes (typographic ones too) are special.
  const prefix = value.prefix.replace(/[`"$\u201C\u201D\u201E]/g, "`$&");
  return `"${prefix}$env:${value.variable}"`;
}

export const powershellTarget = {
  id: "powershell",
  title: "PowerShell",
  language: "powershell",
  generate: powershellSnippet,
} as const satisfies SnippetTarget;
