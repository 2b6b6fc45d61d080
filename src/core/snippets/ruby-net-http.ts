import { endpoint } from "../../endpoint/descriptor";
import type { PreparedRequest } from "../request/build-request";
import { rubyBody, rubyString } from "./ruby-string";
import { mergeRepeatedHeaders, snippetHeaders, type SnippetHeader } from "./snippet-headers";
import { bodyFileName, bodyGoesToFile, type SnippetOptions, type SnippetTarget } from "./snippet-target";

const { successCountField, traceIdHeader } = endpoint.response;

/**
 * Ruby with the standard library's Net::HTTP. `request[name] = value` replaces Net::HTTP's
 * defaults (its `Accept: *\/*` included), so repeated names are merged first, as for the other
 * map-based clients. A large body is read with `File.binread` (bytes, no newline conversion).
 * In `env` mode `ENV.fetch` stops with a clear error when the variable is not set.
 */
export function rubyNetHttpSnippet(request: PreparedRequest, options: SnippetOptions): string {
  const body = bodyGoesToFile(request.body, options)
    ? { expression: `File.binread(${rubyString(bodyFileName)}) # the body, byte for byte`, after: "" }
    : rubyBody(request.body);
  return [
    'require "json"',
    'require "net/http"',
    "",
    `body = ${body.expression}${body.after}`,
    "",
    `uri = URI(${rubyString(request.url)})`,
    `request = Net::HTTP::${rubyMethodClass(request.method)}.new(uri)`,
    ...mergeRepeatedHeaders(snippetHeaders(request, options)).map((h) => `request[${rubyString(h.name)}] = ${rubyValue(h)}`),
    "request.body = body",
    "",
    'response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == "https") { |http| http.request(request) }',
    `count = (JSON.parse(response.body)[${rubyString(successCountField)}] rescue nil)`,
    `puts "status=#{response.code} ${successCountField}=#{count} ${traceIdHeader}=#{response[${rubyString(traceIdHeader)}]}", response.body`,
  ].join("\n");
}

function rubyMethodClass(method: string): string {
  return method.charAt(0) + method.slice(1).toLowerCase();
}

function rubyValue({ value }: SnippetHeader): string {
  return value.kind === "literal" ? rubyString(value.text) : `${rubyString(value.prefix)} + ENV.fetch(${rubyString(value.variable)})`;
}

export const rubyNetHttpTarget = {
  id: "ruby-net-http",
  title: "Ruby (Net::HTTP)",
  language: "ruby",
  generate: rubyNetHttpSnippet,
  readsBodyFile: true,
} as const satisfies SnippetTarget;
