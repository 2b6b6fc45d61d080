import { describe, expect, it } from "vitest";
import { rubyNetHttpSnippet, rubyNetHttpTarget } from "./ruby-net-http";
import { preparedRequest, sampleUrl } from "./testing/requests-literal";

const snippet = (body: string, authorization: string) =>
  [
    'require "json"',
    'require "net/http"',
    "",
    `body = ${body}`,
    "",
    `uri = URI("${sampleUrl}")`,
    "request = Net::HTTP::Post.new(uri)",
    `request["Authorization"] = ${authorization}`,
    'request["Content-Type"] = "application/json; charset=utf-8"',
    'request["accept"] = "application/json"',
    "request.body = body",
    "",
    'response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == "https") { |http| http.request(request) }',
    'count = (JSON.parse(response.body)["sucess_count"] rescue nil)',
    'puts "status=#{response.code} sucess_count=#{count} traceId=#{response["traceId"]}", response.body',
  ].join("\n");

describe("rubyNetHttpSnippet", () => {
  it("writes the body as a single-quoted here-document without its added newline", () => {
    expect(rubyNetHttpSnippet(preparedRequest('{"a": "#{b}"}'), { tokenMode: "literal" })).toBe(
      snippet(`<<'JSON_BODY'.delete_suffix("\\n")\n{"a": "#{b}"}\nJSON_BODY`, '"Bearer tok"'),
    );
  });

  it("reads the token with ENV.fetch in env mode", () => {
    expect(rubyNetHttpSnippet(preparedRequest("{}"), { tokenMode: "env" })).toBe(
      snippet(`<<'JSON_BODY'.delete_suffix("\\n")\n{}\nJSON_BODY`, '"Bearer " + ENV.fetch("SHOPLINE_ACCESS_TOKEN")'),
    );
  });

  it("reads body.json above the inline limit", () => {
    expect(rubyNetHttpSnippet(preparedRequest("{}"), { tokenMode: "literal", inlineBodyLimitBytes: 1 })).toBe(
      snippet('File.binread("body.json") # the body, byte for byte', '"Bearer tok"'),
    );
  });

  it("merges repeated headers (request[name] = value replaces)", () => {
    expect(rubyNetHttpSnippet(preparedRequest("{}", { headers: [["X-A", "1"], ["x-a", "2"]] }), { tokenMode: "literal" })).toContain(
      'request["X-A"] = "1, 2"\n',
    );
  });

  it("is registered", () => {
    expect(rubyNetHttpTarget).toMatchObject({ id: "ruby-net-http", language: "ruby", readsBodyFile: true });
  });
});
